from django import forms
from django.core.exceptions import ValidationError
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import Country, Sector
from innoprocure.showcase.models import Reference, SolutionProfile
from innoprocure.showcase.services import Decision

MAX_REFERENCES = 8


class ProfileForm(forms.ModelForm):
    class Meta:
        model = SolutionProfile
        fields = ["name", "problem", "description", "sectors", "trl", "countries", "website"]
        widgets = {
            "problem": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "sectors": forms.CheckboxSelectMultiple,
            "countries": forms.SelectMultiple(attrs={"size": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sectors"].queryset = Sector.objects.all()
        self.fields["sectors"].to_field_name = "slug"  # readable addresses and tests: ?sectors=water
        self.fields["countries"].queryset = Country.objects.all()
        self.fields["countries"].help_text = _(
            "Where the solution is in use or has been piloted. Hold Ctrl (or ⌘) to choose several."
        )
        self.fields["trl"].choices = [("", "---------"), *SolutionProfile._meta.get_field("trl").choices]


class ReferenceForm(forms.ModelForm):
    class Meta:
        model = Reference
        fields = ["title", "description", "year", "url"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}


ReferenceFormSet = inlineformset_factory(
    SolutionProfile,
    Reference,
    form=ReferenceForm,
    extra=2,
    max_num=MAX_REFERENCES,
    validate_max=True,
    can_delete=True,
)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (Decision.APPROVE, _("Approve: publish in the showcase")),
            (Decision.CHANGES, _("Ask for changes")),
            (Decision.REJECT, _("Reject")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the supplier"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The supplier sees it with the status. Needed when asking for changes or rejecting."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") in (Decision.CHANGES, Decision.REJECT) and not cleaned.get("note", "").strip():
            self.add_error("note", _("Say what should change, or why the profile is not accepted."))
        return cleaned


class ContactForm(forms.Form):
    message = forms.CharField(
        label=_("Your message"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Sent by e-mail to the supplier's team, with your name and e-mail address so that they can reply."),
    )

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if len(message) < 10:
            raise ValidationError(_("Write a little more, so that the supplier knows what you need."))
        return message
