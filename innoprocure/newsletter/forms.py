from django import forms
from django.utils.translation import gettext_lazy as _

from innoprocure.core.antispam import HoneypotFormMixin
from innoprocure.newsletter.models import Topic
from innoprocure.newsletter.services import CONSENT_TEXT


class SignupForm(HoneypotFormMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    name = forms.CharField(
        label=_("Name"), max_length=150, required=False, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to receive every topic."),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please tick the box to agree, or we cannot send you the newsletter.")},
    )


class CompactSignupForm(SignupForm):
    """The short form for the footer or the home page: e-mail and consent; every topic."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "newsletter-signup-%s")
        super().__init__(*args, **kwargs)
        del self.fields["name"]
        del self.fields["topics"]
