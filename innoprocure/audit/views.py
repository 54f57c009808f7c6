"""The audit log in the Wagtail admin: read-only, for administrators (permission audit.view_auditevent)."""

import django_filters
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from innoprocure.audit.models import AuditEvent
from innoprocure.core.spreadsheets import SafeExportIndexView
from innoprocure.membership.secrecy import audit_details


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Nobody — not even a superuser — adds, changes or deletes audit events through the admin."""

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action == "view"])


class AuditEventFilterSet(WagtailFilterSet):
    action = django_filters.MultipleChoiceFilter(label=_("Action"), widget=CheckboxSelectMultiple)
    actor_label = django_filters.CharFilter(label=_("Who (e-mail contains)"), lookup_expr="icontains")
    target_label = django_filters.CharFilter(label=_("Target contains"), lookup_expr="icontains")
    ip_address = django_filters.CharFilter(label=_("IP address"))
    created_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEvent
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        actions = AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct()
        self.filters["action"].extra["choices"] = [(action, action) for action in actions]


class AuditEventIndexView(SafeExportIndexView):
    """The listing and its exports; a vote's choice stays out of the export until its ballot closes."""

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        if "details" in row:
            self._ballots = getattr(self, "_ballots", {})
            row["details"] = audit_details(item, self.request.user, self._ballots)
        return row


class AuditEventInspectView(InspectView):
    def get_details_display_value(self):
        return audit_details(self.object, self.request.user)


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    index_view_class = AuditEventIndexView
    inspect_view_class = AuditEventInspectView
    icon = "history"
    menu_label = _("Audit log")
    menu_order = 900
    add_to_admin_menu = False  # under Reports, see wagtail_hooks
    url_prefix = "audit-log"
    inspect_view_enabled = True
    copy_view_enabled = False
    # The add/edit/delete views exist in every ModelViewSet, but the permission policy refuses them to everybody.
    form_fields = ["action"]
    filterset_class = AuditEventFilterSet
    list_per_page = 50
    ordering = ["-created_at", "-id"]
    search_fields = ["action", "actor_label", "target_label"]
    list_display = [
        DateColumn("created_at", label=_("When")),
        Column("action", label=_("Action")),
        Column("actor_label", label=_("Who")),
        Column("target_label", label=_("Target")),
        Column("ip_address", label=_("IP address")),
    ]
    inspect_view_fields = [
        "created_at",
        "action",
        "actor_label",
        "target_type",
        "target_id",
        "target_label",
        "ip_address",
        "details",
    ]
    list_export = ["created_at", "action", "actor_label", "target_type", "target_id", "target_label", "ip_address", "details"]
    export_filename = "audit-log"


register_permission_policy(AuditEvent, ReadOnlyPermissionPolicy(AuditEvent), exact_class=True)
audit_event_viewset = AuditEventViewSet("audit_log")
