from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "innoprocure.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from innoprocure.core import checks, outage  # noqa: F401 (system checks; the outage signal receiver)
        from innoprocure.core.signals import sync_taxonomies

        post_migrate.connect(sync_taxonomies, sender=self)
