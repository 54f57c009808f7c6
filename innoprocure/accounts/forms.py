from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import ResetPasswordKeyForm as AllauthResetPasswordKeyForm
from allauth.account.forms import SetPasswordForm as AllauthSetPasswordForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import password_validators_help_texts
from django.utils.translation import gettext_lazy as _

from innoprocure.accounts.models import Profile
from innoprocure.core.antispam import HoneypotFormMixin
from innoprocure.core.models import Country, Language


class PlainPasswordHelpMixin:
    """allauth puts the password rules in an HTML list; the site's field template shows help in a paragraph, where
    a list is not valid HTML. Say the same in one sentence."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("password1", "password"):
            field = self.fields.get(name)
            if field is not None and "<ul" in str(field.help_text):
                field.help_text = " ".join(str(text) for text in password_validators_help_texts())


class SignupForm(PlainPasswordHelpMixin, HoneypotFormMixin, AllauthSignupForm):
    """allauth's sign-up (e-mail and password twice) with the honeypot; the name is optional."""

    first_name = forms.CharField(label=_("Given name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Family name"), max_length=150, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["first_name", "last_name", "email"])

    def save(self, request):
        user = super().save(request)
        user.first_name = self.cleaned_data.get("first_name", "")
        user.last_name = self.cleaned_data.get("last_name", "")
        user.save(update_fields=["first_name", "last_name"])
        return user


class ResetPasswordForm(HoneypotFormMixin, AllauthResetPasswordForm):
    pass


class ResetPasswordKeyForm(PlainPasswordHelpMixin, AllauthResetPasswordKeyForm):
    pass


class ChangePasswordForm(PlainPasswordHelpMixin, AllauthChangePasswordForm):
    pass


class SetPasswordForm(PlainPasswordHelpMixin, AllauthSetPasswordForm):
    pass


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(label=_("Given name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Family name"), max_length=150, required=False)
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.exclude(code="EU"), required=False, empty_label=_("(not stated)")
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages you can work in"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Profile
        fields = ["first_name", "last_name", "organisation", "country", "job_role", "languages", "newsletter"]
        labels = {"newsletter": _("Send me the platform's newsletter")}
        help_texts = {"newsletter": _("About once a month; you can unsubscribe at any time.")}

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.order_fields(self.Meta.fields)

    def save(self, commit=True):
        self.user.first_name = self.cleaned_data["first_name"]
        self.user.last_name = self.cleaned_data["last_name"]
        self.user.save(update_fields=["first_name", "last_name"])
        return super().save(commit)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is really you."),
    )
    confirm = forms.BooleanField(label=_("I understand that my account and personal data will be deleted for good."))

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your current password."), code="incorrect_password")
        return password

    def clean(self):
        cleaned = super().clean()
        others = get_user_model().objects.filter(is_superuser=True, is_active=True).exclude(pk=self.user.pk)
        if self.user.is_superuser and not others.exists():
            raise forms.ValidationError(
                _("You are the only administrator. Make someone else an administrator before you delete your account."),
                code="last_administrator",
            )
        return cleaned
