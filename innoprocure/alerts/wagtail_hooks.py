"""The alerts in the Wagtail admin: how many saved searches and follows there are, what was sent, the last runs
and their errors (administrators; nobody edits other people's alerts)."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.urls import path, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from innoprocure.alerts.models import AlertRun, Dispatch, Follow, Frequency, SavedSearch

RUNS_SHOWN = 20


def can_see(user):
    return user.is_active and user.is_superuser


@method_decorator(never_cache, name="dispatch")
class AlertsOverview(WagtailAdminTemplateMixin, TemplateView):
    template_name = "alerts/admin/overview.html"
    page_title = _("Alerts")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not can_see(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        now = timezone.now()
        counts = SavedSearch.objects.aggregate(
            total=Count("pk"),
            paused_count=Count("pk", filter=Q(paused=True)),
            people=Count("user", distinct=True),
            **{f"n_{frequency}": Count("pk", filter=Q(frequency=frequency, paused=False)) for frequency in Frequency.values},
        )
        frequencies = [(label, counts[f"n_{value}"]) for value, label in Frequency.choices]
        received = Dispatch.searches.through.objects
        sent = {
            key: received.filter(dispatch__sent_at__gte=now - timedelta(days=days)).aggregate(n=Sum("dispatch__count"))["n"] or 0
            for key, days in (("day", 1), ("week", 7))
        }
        return super().get_context_data(
            counts=counts,
            frequencies=frequencies,
            follows=Follow.objects.count(),
            sent=sent,
            runs=AlertRun.objects.order_by("-started_at")[:RUNS_SHOWN],
            **kwargs,
        )


class AlertsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see(request.user)


@hooks.register("register_admin_urls")
def register_alerts_overview_url():
    return [path("alerts/", AlertsOverview.as_view(), name="alerts_overview")]


@hooks.register("register_admin_menu_item")
def register_alerts_menu_item():
    return AlertsMenuItem(_("Alerts"), reverse_lazy("alerts_overview"), name="alerts", icon_name="mail", order=860)
