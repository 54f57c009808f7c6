from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "innoprocure.network"
    label = "network"
    verbose_name = _("Network")

    def ready(self):
        # Models and signal handlers can be imported only once the app registry is ready.
        from innoprocure.core.storage import delete_files_with_their_owner
        from innoprocure.network import signals  # noqa: F401
        from innoprocure.network.models import Signatory

        # A letter of authorisation goes when it is replaced or its endorsement request is deleted.
        delete_files_with_their_owner(Signatory)
