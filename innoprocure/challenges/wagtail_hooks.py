"""The platform team's desk (buyer verification, challenge moderation) in the admin menu, for those policy.py lets
decide. Responses are deliberately not in the admin: they are read on the challenge's own pages, which check
policy.can_see_response."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from innoprocure.challenges import policy


class DeskMenuItem(MenuItem):
    def is_shown(self, request):
        return policy.is_platform_team(request.user)


@hooks.register("register_admin_menu_item")
def register_desk_menu_item():
    return DeskMenuItem(
        _("Challenges: verification and moderation"), reverse("challenges:moderation"), icon_name="tick", order=362
    )
