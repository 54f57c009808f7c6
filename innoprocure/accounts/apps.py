from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "innoprocure.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        # Audit-log receivers and the accounts app's own parts of the data export.
        from innoprocure.accounts import personal_data, signals, totp  # noqa: F401

        totp.install()
