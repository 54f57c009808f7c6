"""Forum groups in the Wagtail admin, for forum moderators and administrators: create a group and describe it.
Members, moderators of a group and every moderation decision are handled on the forum's own pages, where they are
checked and audited (services.py); the admin menu links to the moderation queue."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from innoprocure.forum import policy
from innoprocure.forum.models import ForumGroup


class ForumGroupViewSet(ModelViewSet):
    model = ForumGroup
    icon = "group"
    name = "forum_groups"
    menu_label = _("Forum groups")
    menu_order = 360
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["name", "kind", "sector", "created_at"]
    list_filter = ["kind", "sector"]
    search_fields = ["name", "summary"]
    search_backend_name = None
    form_fields = ["name", "slug", "kind", "summary", "description", "entry_requirements", "languages", "sector"]


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return policy.is_forum_moderator(request.user)


@hooks.register("register_admin_viewset")
def register_forum_viewset():
    return ForumGroupViewSet()


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    return QueueMenuItem(_("Forum moderation queue"), reverse("forum:queue"), icon_name="warning", order=361)
