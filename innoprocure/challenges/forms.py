import datetime
import re
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.challenges.models import (
    ATTACHMENT_KINDS,
    Challenge,
    Organisation,
    OrganisationKind,
    OutcomeKind,
    Response,
    ResponseStatus,
)
from innoprocure.core.models import Language, Sector
from innoprocure.core.timezones import get_zone, is_valid_zone, zone_choices
from innoprocure.core.uploads import DOCUMENT_KINDS, accepted_types_help, validate_upload
from innoprocure.opportunities.models import Opportunity

MAX_FILES = 5
CPV = re.compile(r"^\d{8}(-\d)?$")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, each checked by its content (core/uploads.py)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", accepted_types_help(ATTACHMENT_KINDS))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        if len(files) > MAX_FILES:
            raise ValidationError(_("At most %(count)s files at once."), params={"count": MAX_FILES})
        cleaned = [super(MultipleFileField, self).clean(item, initial) for item in files]
        for upload in cleaned:
            try:
                validate_upload(upload, allowed=ATTACHMENT_KINDS)
            except ValidationError as error:
                raise ValidationError([f"{upload.name}: {message}" for message in error.messages]) from error
        return cleaned


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["kind", "name", "country", "website", "email_domain", "verification_document", "size", "sectors", "pitch"]
        widgets = {
            "kind": forms.RadioSelect,
            "sectors": forms.CheckboxSelectMultiple,
            "pitch": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"verification_document": accepted_types_help(DOCUMENT_KINDS)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["kind"]
        self.fields["sectors"].queryset = Sector.objects.all()
        self.fields["size"].label = _("Size (suppliers)")
        self.fields["pitch"].label = _("Short pitch (suppliers)")
        self.fields["email_domain"].label = _("Official e-mail domain (public buyers)")
        self.fields["verification_document"].label = _("Verification document (public buyers)")

    def clean_email_domain(self):
        domain = self.cleaned_data["email_domain"].strip().lower().removeprefix("@")
        if domain and not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain):
            raise ValidationError(_("Enter a domain such as city.example.eu."))
        return domain

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind") or self.instance.kind
        if kind == OrganisationKind.BUYER:
            if not cleaned.get("email_domain") and not cleaned.get("verification_document"):
                raise ValidationError(
                    _("A public buyer gives its official e-mail domain or a document, so that the platform team can verify it.")
                )
        elif kind == OrganisationKind.SUPPLIER and not cleaned.get("size"):
            self.add_error("size", _("Choose the size of the company."))
        return cleaned


class MemberForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of a registered person"))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("approve", _("Approve")), ("refuse", _("Return or refuse"))], widget=forms.RadioSelect
    )
    note = forms.CharField(label=_("Note to the organisation"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "refuse" and not cleaned.get("note", "").strip():
            self.add_error("note", _("Say what is missing, so that the organisation can put it right."))
        return cleaned


class ChallengeForm(forms.ModelForm):
    questions_deadline = forms.DateTimeField(
        label=_("Deadline for questions"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
    response_deadline = forms.DateTimeField(
        label=_("Deadline for responses"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
    deadline_timezone = forms.ChoiceField(label=_("Time zone of the deadlines"), choices=zone_choices)
    cpv = forms.CharField(
        label=_("CPV codes"),
        required=False,
        help_text=_("Eight-digit codes, separated by commas, the main one first, e.g. 72000000, 48000000."),
    )
    attachments = MultipleFileField(label=_("Add attachments"))

    class Meta:
        model = Challenge
        fields = [
            "title",
            "need",
            "context",
            "expected_outcomes",
            "constraints",
            "budget_min",
            "budget_max",
            "currency",
            "timeline",
            "languages",
            "questions_deadline",
            "response_deadline",
            "deadline_timezone",
            "sectors",
            "country",
            "procedure",
        ]
        widgets = {
            "need": forms.Textarea(attrs={"rows": 6}),
            "context": forms.Textarea(attrs={"rows": 4}),
            "expected_outcomes": forms.Textarea(attrs={"rows": 4}),
            "constraints": forms.Textarea(attrs={"rows": 4}),
            "timeline": forms.Textarea(attrs={"rows": 3}),
            "languages": forms.CheckboxSelectMultiple,
            "sectors": forms.CheckboxSelectMultiple,
            "procedure": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["languages"].queryset = Language.objects.all()
        self.fields["sectors"].queryset = Sector.objects.all()
        instance = self.instance
        if instance.pk:
            zone = get_zone(instance.deadline_timezone, timezone.get_default_timezone())
            for name in ("questions_deadline", "response_deadline"):
                self.initial[name] = timezone.localtime(getattr(instance, name), zone).replace(tzinfo=None)
            self.initial["cpv"] = ", ".join(instance.cpv_codes)

    def clean_currency(self):
        currency = self.cleaned_data["currency"].strip().upper()
        if not (len(currency) == 3 and currency.isalpha()):
            raise ValidationError(_("Use the three-letter ISO 4217 code, e.g. EUR."))
        return currency

    def clean_cpv(self):
        codes = [code.strip() for code in self.cleaned_data["cpv"].split(",") if code.strip()]
        wrong = [code for code in codes if not CPV.match(code)]
        if wrong:
            raise ValidationError(_("Not a CPV code: %(codes)s."), params={"codes": ", ".join(wrong)})
        return codes

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("deadline_timezone")
        if zone_name and is_valid_zone(zone_name):
            zone = get_zone(zone_name)
            for name in ("questions_deadline", "response_deadline"):
                value = cleaned.get(name)
                if isinstance(value, datetime.datetime):
                    cleaned[name] = timezone.make_aware(value.replace(tzinfo=None), zone)
        questions, responses = cleaned.get("questions_deadline"), cleaned.get("response_deadline")
        if questions and responses and questions > responses:
            self.add_error("questions_deadline", _("Questions close before responses do: choose an earlier date."))
        if responses and responses <= timezone.now():
            self.add_error("response_deadline", _("The deadline for responses must be in the future."))
        low, high = cleaned.get("budget_min"), cleaned.get("budget_max")
        if low is not None and high is not None and low > high:
            self.add_error("budget_max", _("The upper end of the budget is below its lower end."))
        for name in ("budget_min", "budget_max"):
            if cleaned.get(name) is not None and cleaned[name] < 0:
                self.add_error(name, _("A budget cannot be negative."))
        return cleaned

    def save(self, commit=True):
        challenge = super().save(commit=False)
        challenge.questions_deadline = self.cleaned_data["questions_deadline"]
        challenge.response_deadline = self.cleaned_data["response_deadline"]
        challenge.cpv_codes = self.cleaned_data["cpv"]
        return challenge


class QuestionForm(forms.Form):
    text = forms.CharField(
        label=_("Your question"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The buyer answers publicly, for everybody; your name is never shown."),
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Public answer"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Published with the question for every interested party."),
    )


class ResponseForm(forms.ModelForm):
    attachments = MultipleFileField(label=_("Attachments"))

    class Meta:
        model = Response
        fields = ["summary", "trl", "references"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 8}),
            "references": forms.Textarea(attrs={"rows": 4}),
            "trl": forms.Select(choices=[("", "---------")] + [(level, level) for level in range(1, 10)]),
        }


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ResponseStatus.choices, widget=forms.RadioSelect)


class FeedbackForm(forms.Form):
    feedback = forms.CharField(label=_("Feedback to the supplier"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))


class FollowUpForm(forms.Form):
    question = forms.CharField(label=_("Follow-up question"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class FollowUpAnswerForm(forms.Form):
    answer = forms.CharField(label=_("Your answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=OutcomeKind.choices, widget=forms.RadioSelect)
    text = forms.CharField(label=_("About the outcome"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    opportunity = forms.CharField(
        label=_("Address of the opportunity it led to"),
        required=False,
        max_length=500,
        help_text=_("The tender or call on this platform, e.g. /opportunities/its-name/ — copy it from the address bar."),
    )

    def clean_opportunity(self):
        address = self.cleaned_data["opportunity"].strip()
        if not address:
            return None
        slug = urlsplit(address).path.rstrip("/").rsplit("/", 1)[-1]
        found = Opportunity.objects.filter(live=True, slug=slug).exclude(opportunity_type="challenge").first()
        if found is None:
            raise ValidationError(_("There is no published opportunity at this address."))
        return found

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == OutcomeKind.TENDER and not cleaned.get("opportunity"):
            self.add_error("opportunity", _("Choose the tender the challenge led to."))
        return cleaned
