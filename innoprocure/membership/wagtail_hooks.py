"""The membership records in the Wagtail admin: read-only, because every change goes through the workflow
(services.py) so that it is checked and recorded. Decisions are taken on the secretariat's pages."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from innoprocure.audit.log import trail
from innoprocure.membership.models import Ballot, MembershipApplication, Vote, VoteChange
from innoprocure.membership.secrecy import audit_details, can_see_votes, visible_votes

READ_ONLY_ACTIONS = {"view"}


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Everyone, superusers included, may at most view: no add, change or delete in the admin."""

    def user_has_permission(self, user, action):
        return action in READ_ONLY_ACTIONS and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action in READ_ONLY_ACTIONS])


for model in (MembershipApplication, Ballot, Vote, VoteChange):
    register_permission_policy(model, ReadOnlyPolicy(model), exact_class=True)


class AuditedInspectView(InspectView):
    """The record's fields, then its timeline and audit trail."""

    template_name = "membership/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        events = list(trail(obj))
        if isinstance(obj, MembershipApplication):
            context["events"] = obj.events.all()
            context["public_url"] = obj.get_secretariat_url()
            ballot = getattr(obj, "ballot", None)
        else:
            ballot = obj if isinstance(obj, Ballot) else None
            if ballot is not None:
                context["public_url"] = ballot.get_absolute_url()
        if ballot is not None and ballot is not obj:
            events += list(trail(ballot))
        user = self.request.user
        if ballot is obj and can_see_votes(user, ballot):
            context["vote_changes"] = ballot.vote_changes.select_related("centre")
        ballots = {str(ballot.pk): ballot} if ballot is not None else {}
        context["audit"] = [
            {"event": event, "details": audit_details(event, user, ballots)}
            for event in sorted(events, key=lambda event: (event.created_at, event.pk))
        ]
        return context


class ReadOnlyViewSet(ModelViewSet):
    """Listing and inspecting only: the add, edit, copy and delete views do not exist."""

    inspect_view_enabled = True
    copy_view_enabled = False

    def get_urlpatterns(self):
        converter = self.pk_path_converter
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{converter}:pk>/", self.inspect_view, name="inspect"),
        ]


class SubmittedApplicationsIndexView(IndexView):
    """Applications submitted at least once: a draft never submitted is the applicant's alone."""

    def get_base_queryset(self):
        return super().get_base_queryset().filter(submitted_at__isnull=False)


class ApplicationInspectView(AuditedInspectView):
    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if obj.submitted_at is None:
            raise Http404
        return obj


class ApplicationViewSet(ReadOnlyViewSet):
    model = MembershipApplication
    icon = "form"
    menu_label = _("Applications")
    index_view_class = SubmittedApplicationsIndexView
    inspect_view_class = ApplicationInspectView
    inspect_view_fields = [
        "organisation",
        "status",
        "country",
        "parent_organisation",
        "established_year",
        "website",
        "contact_name",
        "contact_email",
        "contact_phone",
        "applicant",
        "centre",
        "created_at",
        "submitted_at",
        "decided_at",
    ]
    list_display = ["organisation", "country", "status", DateColumn("submitted_at", label=_("Submitted")), "updated_at"]
    list_filter = ["status", "country"]
    search_fields = ["organisation", "contact_name", "contact_email"]
    ordering = ["-updated_at"]


class BallotViewSet(ReadOnlyViewSet):
    model = Ballot
    icon = "tasks"
    menu_label = _("Ballots")
    inspect_view_class = AuditedInspectView
    inspect_view_fields = [
        "application",
        "opened_at",
        "opened_by",
        "closes_at",
        "electorate_size",
        "rules",
        "closed_at",
        "closed_by",
        "closed_early",
        "close_note",
        "yes_count",
        "no_count",
        "abstain_count",
        "required_turnout",
        "quorum_met",
        "majority_met",
        "outcome",
        "outcome_statement",
    ]
    list_display = [
        Column("application", label=_("Application")),
        "opened_at",
        "closes_at",
        "closed_at",
        "outcome",
    ]
    list_filter = ["outcome"]
    ordering = ["-opened_at"]


class SecretVotesIndexView(IndexView):
    """Votes of closed ballots only: before the close nobody, administrators included, sees how a centre voted."""

    def get_base_queryset(self):
        return visible_votes(self.request.user, super().get_base_queryset())


class SecretVotesInspectView(InspectView):
    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not can_see_votes(self.request.user, obj.ballot):
            raise Http404
        return obj


class VoteViewSet(ReadOnlyViewSet):
    """Votes as they stand, once their ballot has closed; only administrators read them here."""

    model = Vote
    index_view_class = SecretVotesIndexView
    inspect_view_class = SecretVotesInspectView
    icon = "tick"
    menu_label = _("Votes")
    list_display = ["ballot", "centre", "choice", "changed_at"]
    list_filter = ["ballot", "choice"]
    ordering = ["-changed_at"]


class VoteChangeViewSet(ReadOnlyViewSet):
    model = VoteChange
    index_view_class = SecretVotesIndexView
    inspect_view_class = SecretVotesInspectView
    icon = "history"
    menu_label = _("Vote history")
    list_display = ["recorded_at", "ballot", "centre", "choice", "cast_by_label"]
    list_filter = ["ballot"]
    ordering = ["-recorded_at"]


class MembershipViewSetGroup(ModelViewSetGroup):
    menu_label = _("Membership")
    menu_icon = "group"
    menu_order = 320
    items = (ApplicationViewSet, BallotViewSet, VoteViewSet, VoteChangeViewSet)


@hooks.register("register_admin_viewset")
def register_membership_viewsets():
    return MembershipViewSetGroup()


@hooks.register("register_admin_menu_item")
def register_secretariat_desk():
    """A shortcut from the admin to the secretariat's desk, where applications are checked and ballots opened."""

    class SecretariatMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("membership.manage_applications")

    return SecretariatMenuItem(_("Membership desk"), reverse("membership:secretariat"), icon_name="user", order=321)
