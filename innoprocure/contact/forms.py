from django import forms
from django.utils.translation import gettext_lazy as _

from innoprocure.contact.models import ContactMessage, Team
from innoprocure.core.antispam import HoneypotFormMixin
from innoprocure.core.models import Country

MAX_MESSAGE_LENGTH = 5000


class ContactForm(HoneypotFormMixin, forms.ModelForm):
    team = forms.ChoiceField(label=_("Who do you want to write to?"), choices=Team.choices, widget=forms.RadioSelect)
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.all(), required=False, empty_label=_("Choose a country (optional)")
    )
    message = forms.CharField(label=_("Message"), widget=forms.Textarea, max_length=MAX_MESSAGE_LENGTH)

    class Meta:
        model = ContactMessage
        fields = ["team", "topic", "name", "email", "organisation", "country", "message"]
        labels = {"name": _("Your name"), "email": _("Your e-mail address"), "organisation": _("Organisation")}
        help_texts = {"email": _("We reply to this address and send you a copy of your message.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("Choose a topic"))] + list(self.fields["topic"].choices)[1:]
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def _single_line(self, name):
        value = self.cleaned_data.get(name, "")
        if "\n" in value or "\r" in value:
            raise forms.ValidationError(_("Please write this on one line."), code="multiline")
        return value

    def clean_name(self):
        return self._single_line("name")

    def clean_organisation(self):
        return self._single_line("organisation")
