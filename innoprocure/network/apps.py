from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "innoprocure.network"
    label = "network"
    verbose_name = _("Network")

    def ready(self):
        from innoprocure.network import signals  # noqa: F401
