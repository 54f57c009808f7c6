from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from innoprocure.audit.views import audit_event_viewset


@hooks.register("register_admin_viewset")
def register_audit_log():
    return audit_event_viewset


class AuditLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("audit.view_auditevent")


@hooks.register("register_reports_menu_item")
def audit_log_menu_item():
    return AuditLogMenuItem(_("Audit log"), reverse("audit_log:index"), icon_name="history", order=900)
