from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "innoprocure.forum"
    label = "forum"
    verbose_name = _("Procurement Forum")

    def ready(self):
        from innoprocure.forum import deliberation

        deliberation.connect()
