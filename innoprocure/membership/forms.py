import re

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import Country
from innoprocure.core.taxonomies import EU_WIDE
from innoprocure.core.uploads import accepted_types_help
from innoprocure.membership.eligibility import REQUIREMENTS
from innoprocure.membership.models import APPLICANT_FIELDS, EVIDENCE_KINDS, MembershipApplication, VoteChoice

YES_NO = [("yes", _("Yes")), ("no", _("No"))]
PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]{5,30}$")


class SelfCheckForm(forms.Form):
    """Four yes/no questions, one per requirement; nothing is stored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for requirement in REQUIREMENTS:
            self.fields[requirement.key] = forms.ChoiceField(label=requirement.question, choices=YES_NO, widget=forms.RadioSelect)

    def answers(self):
        return {key: value == "yes" for key, value in self.cleaned_data.items()}


class ApplicationForm(forms.ModelForm):
    """The application. Every field may be empty in a draft; `services.submit` says what a complete one needs."""

    class Meta:
        model = MembershipApplication
        fields = APPLICANT_FIELDS
        widgets = {
            "track_record": forms.Textarea(attrs={"rows": 5}),
            # A plain file input: the stored file is shown through the permission-checked download, never its storage address.
            **{f"{requirement.key}_file": forms.FileInput for requirement in REQUIREMENTS},
            **{f"{requirement.key}_evidence": forms.Textarea(attrs={"rows": 6}) for requirement in REQUIREMENTS},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False
        self.fields["country"].queryset = Country.objects.exclude(code=EU_WIDE)
        self.fields["country"].empty_label = _("Choose a country")
        year = self.fields["established_year"]
        year.min_value, year.max_value = 1900, timezone.localdate().year
        year.widget.attrs.update({"min": 1900, "max": timezone.localdate().year})
        self.fields["contact_phone"].widget.input_type = "tel"
        self.fields["contact_phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["website"].widget.attrs["placeholder"] = "https://"
        self.fields["publish_contact"].label = _(
            "Yes, if the centre is admitted, publish the contact person's name and e-mail address on its page in "
            "the network directory"
        )
        self.fields["publish_contact"].help_text = _(
            "Optional. Without this consent the directory shows no contact point for the centre; the telephone "
            "number is never published. The centre's representative can ask the secretariat to change this later."
        )
        for requirement in REQUIREMENTS:
            text = self.fields[f"{requirement.key}_evidence"]
            text.label = requirement.title
            text.help_text = requirement.evidence_help
            upload = self.fields[f"{requirement.key}_file"]
            upload.label = _("Supporting document (optional)")
            upload.help_text = accepted_types_help(EVIDENCE_KINDS)

    def _one_line(self, name):
        return " ".join((self.cleaned_data.get(name) or "").split())

    def clean_organisation(self):
        return self._one_line("organisation")

    def clean_parent_organisation(self):
        return self._one_line("parent_organisation")

    def clean_contact_name(self):
        return self._one_line("contact_name")

    def clean_established_year(self):
        year = self.cleaned_data.get("established_year")
        if year is not None and not 1900 <= year <= timezone.localdate().year:
            raise forms.ValidationError(_("Give a year between 1900 and %(year)s."), params={"year": timezone.localdate().year})
        return year

    def clean_contact_phone(self):
        phone = (self.cleaned_data.get("contact_phone") or "").strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(_("Give a telephone number with digits, for example +32 2 123 45 67."))
        return phone

    def fieldsets(self):
        """The form in groups, each shown as a fieldset with a legend."""
        groups = [
            (
                _("The organisation"),
                "",
                ["organisation", "country", "parent_organisation", "established_year", "website", "track_record"],
            ),
            (
                _("Contact person"),
                _("The secretariat and the member centres voting on the application see the contact details."),
                ["contact_name", "contact_email", "contact_phone", "publish_contact"],
            ),
        ]
        for number, requirement in enumerate(REQUIREMENTS, start=1):
            groups.append(
                (
                    _("Requirement %(number)d: %(title)s") % {"number": number, "title": requirement.title},
                    requirement.description,
                    [f"{requirement.key}_evidence", f"{requirement.key}_file"],
                )
            )
        return [
            {"legend": legend, "description": description, "fields": [(self[name], self.current_file(name)) for name in names]}
            for legend, description, names in groups
        ]

    def current_file(self, name):
        """(file name, download address) of evidence already saved for a file field, or None."""
        if not name.endswith("_file") or not self.instance.pk:
            return None
        stored = getattr(self.instance, name)
        if not stored or not stored._committed:
            return None
        url = reverse("membership:evidence", kwargs={"pk": self.instance.pk, "requirement": name.removesuffix("_file")})
        return stored.name.rsplit("/", 1)[-1], url


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=_("What the applicant should complete or clarify"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        help_text=_("The applicant sees this comment and receives it by e-mail."),
    )


class CloseBallotForm(forms.Form):
    note = forms.CharField(
        label=_("Why close the ballot now?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        help_text=_("Needed when the ballot closes before the end of its window; it is kept in the audit trail."),
    )


class VoteForm(forms.Form):
    choice = forms.ChoiceField(label=_("Your centre's vote"), choices=VoteChoice.choices, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
        help_text=_("Required when you vote no; optional otherwise. Members see it after the ballot closes."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("choice") == VoteChoice.NO and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Give a reason when you vote no."))
        return cleaned
