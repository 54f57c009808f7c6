from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "innoprocure.resources"
    label = "resources"
    verbose_name = _("Resources")

    def ready(self):
        from innoprocure.core.storage import delete_files_with_their_owner
        from innoprocure.resources.models import ResourceAttachment, attachment_file_still_used

        # An attachment's file goes with the attachment (replaced, removed, or its resource deleted).
        delete_files_with_their_owner(ResourceAttachment, still_used=attachment_file_still_used)
