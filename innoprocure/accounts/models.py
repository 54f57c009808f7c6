from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Profile(models.Model):
    """What a registered user tells us about themselves beyond their e-mail address and name (kept on the user)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile", verbose_name=_("user")
    )
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    country = models.ForeignKey(
        "core.Country", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("country")
    )
    job_role = models.CharField(
        _("job role"), max_length=255, blank=True, help_text=_("For example: procurement officer, innovation manager.")
    )
    languages = models.ManyToManyField(
        "core.Language",
        blank=True,
        related_name="+",
        verbose_name=_("languages"),
        help_text=_("Languages you can work in; we use them to suggest peers and events."),
    )
    newsletter = models.BooleanField(_("receive the newsletter"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return str(self.user)


def profile_of(user):
    """The user's profile, created on first use."""
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


class UsedAuthenticatorCode(models.Model):
    """An authenticator-app code that has signed somebody in, kept for as long as the app could show it again, so
    that the same code never works twice — whatever the cache, however many workers (accounts/totp.py)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user"))
    code = models.CharField(_("code"), max_length=16)
    used_at = models.DateTimeField(_("used"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("used authenticator code")
        verbose_name_plural = _("used authenticator codes")
        constraints = [models.UniqueConstraint(fields=["user", "code"], name="accounts_code_used_once")]

    def __str__(self):
        return f"{self.user_id} {self.used_at:%Y-%m-%d %H:%M:%S}"
