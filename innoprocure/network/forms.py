from django import forms
from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import Country
from innoprocure.core.taxonomies import EU_WIDE
from innoprocure.core.uploads import UploadValidator, accepted_types_help

LETTER_KINDS = ("pdf", "docx", "odt")


class EndorsementForm(forms.Form):
    """A ministry representative asks to endorse the Joint Ministerial Declaration."""

    ministry = forms.CharField(label=_("Ministry"), max_length=255)
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.exclude(code=EU_WIDE), empty_label=_("Choose a country")
    )
    signatory_name = forms.CharField(label=_("Name of the person who signs"), max_length=255)
    signatory_role = forms.CharField(
        label=_("Role of the person who signs"), max_length=255, help_text=_("For example: Minister of Economy.")
    )
    official_email = forms.EmailField(
        label=_("Official e-mail address"), help_text=_("An address of the ministry; we send the decision there.")
    )
    letter = forms.FileField(
        label=_("Letter of authorisation"),
        validators=[UploadValidator(allowed=LETTER_KINDS)],
        help_text=accepted_types_help(LETTER_KINDS),
    )
    authorised = forms.BooleanField(label=_("I am authorised by this ministry to make this request."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ministry"].widget.attrs["autocomplete"] = "organization"
        self.fields["signatory_name"].widget.attrs["autocomplete"] = "name"
        self.fields["official_email"].widget.attrs["autocomplete"] = "email"
