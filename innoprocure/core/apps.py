from django.apps import AppConfig
from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "innoprocure.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        # Imported here: they use models and settings, which are ready only now.
        from innoprocure.core import checks, outage  # noqa: F401 (system checks; the outage signal receiver)
        from innoprocure.core.pagecache import watch_writes
        from innoprocure.core.signals import sync_taxonomies

        post_migrate.connect(sync_taxonomies, sender=self)
        connection_created.connect(watch_writes)
        for connection in connections.all(initialized_only=True):
            watch_writes(sender=None, connection=connection)
