"""The subscriber list in the admin: read and export for the secretariat and editors, delete for administrators.

Nobody adds or edits subscribers by hand: a subscription exists only through its owner's confirmed consent.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from innoprocure.core.spreadsheets import SafeExportIndexView
from innoprocure.newsletter.models import Subscriber

READ_ONLY_ACTIONS = {"add", "change"}


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in READ_ONLY_ACTIONS:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in READ_ONLY_ACTIONS]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    index_view_class = SafeExportIndexView
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    add_to_admin_menu = True
    menu_order = 850
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["name"]
    list_display = ["email", "name", "status", "consented_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["status", "language", "source"]
    search_fields = ["email", "name"]
    list_export = [
        "email",
        "name",
        "status",
        "topics_display",
        "language",
        "source",
        "consent_text",
        "consented_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    export_headings = {"topics_display": _("Topics")}
    export_filename = "newsletter-subscribers"
    inspect_view_fields = list_export


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("newsletter_subscribers")
