from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipConfig(AppConfig):
    name = "innoprocure.membership"
    label = "membership"
    verbose_name = _("Membership")

    def ready(self):
        from innoprocure.core.storage import delete_files_with_their_owner
        from innoprocure.membership.models import MembershipApplication

        # Replaced evidence and the evidence of deleted applications leave the disk with them.
        delete_files_with_their_owner(MembershipApplication)
