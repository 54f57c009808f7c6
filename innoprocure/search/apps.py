from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "innoprocure.search"
    label = "sitesearch"
    verbose_name = _("Site search")

    def ready(self):
        from innoprocure.search import signals

        autodiscover_modules("indexing")  # each app's indexing.py registers its document types
        signals.connect()
