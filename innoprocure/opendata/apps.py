from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    name = "innoprocure.opendata"
    label = "opendata"
    verbose_name = _("Open data")

    def ready(self):
        from innoprocure.opendata import checks  # noqa: F401 (registers the system check)
