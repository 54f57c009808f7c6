"""The platform team's approval queue for solution profiles, in the admin menu beside the challenges' desk."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from innoprocure.challenges.policy import is_platform_team


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return is_platform_team(request.user)


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    return QueueMenuItem(_("Showcase: solutions to approve"), reverse("showcase:moderation"), icon_name="tick", order=363)
