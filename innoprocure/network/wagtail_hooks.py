"""The network in the admin: one "Network" menu for the secretariat (governance rules are under Settings)."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, DeleteView, EditView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from innoprocure.audit.log import record
from innoprocure.network import declaration
from innoprocure.network.models import (
    CentreService,
    CompetenceCentre,
    ExpertOpinionPaper,
    KnowledgeExchangeMeeting,
    Representative,
    Signatory,
    SignatoryStatus,
)


class CentreDeleteView(DeleteView):
    """A centre that others still point to (a co-chair, a meeting it hosted, a ballot) is kept: say so, no error."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("%(centre)s cannot be deleted because other records refer to it. Set its status to “Former member” instead.")
                % {"centre": self.object},
            )
            return redirect(reverse("network_centres:edit", args=[self.object.pk]))


class CentreViewSet(ModelViewSet):
    model = CompetenceCentre
    delete_view_class = CentreDeleteView
    icon = "site"
    name = "network_centres"
    menu_label = _("Competence centres")
    list_display = ["name", "country", "status", "established_year", "joined_on"]
    list_filter = ["status", "country", "services"]
    search_fields = ["name", "parent_organisation", "description"]
    search_backend_name = None
    ordering = ["country__name", "name"]
    copy_view_enabled = False


class CentreServiceViewSet(ModelViewSet):
    model = CentreService
    icon = "list-ul"
    name = "network_services"
    menu_label = _("Centre services")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False


class RepresentativeViewSet(ModelViewSet):
    model = Representative
    icon = "user"
    name = "network_representatives"
    menu_label = _("Representatives")
    list_display = ["user", "centre", "role", "since"]
    list_filter = ["centre"]
    search_fields = ["user__email", "centre__name", "role"]
    search_backend_name = None
    copy_view_enabled = False


class MeetingViewSet(ModelViewSet):
    model = KnowledgeExchangeMeeting
    icon = "group"
    name = "network_meetings"
    menu_label = _("Knowledge-exchange meetings")
    list_display = ["number", "topic", "date", "host"]
    search_fields = ["topic", "summary"]
    search_backend_name = None
    ordering = ["-number"]
    copy_view_enabled = False


class PaperViewSet(ModelViewSet):
    """Saving a published paper puts it in the Resource Centre (network/signals.py → papers.sync_resource)."""

    model = ExpertOpinionPaper
    icon = "doc-full"
    name = "network_papers"
    menu_label = _("Expert opinion papers")
    list_display = ["title", "meeting", "publication_date", "is_published"]
    search_fields = ["title", "summary", "authors"]
    search_backend_name = None
    copy_view_enabled = False


class SignatoryAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == SignatoryStatus.DECLINED and not (cleaned.get("decline_reason") or "").strip():
            self.add_error("decline_reason", _("Please give the reason for declining; the requester will receive it."))
        return cleaned


class SignatoryDecisionMixin:
    """A change of status is a decision: it goes through network/declaration.py (audit trail, e-mail)."""

    def apply_decision(self, instance, new_status, previous_status):
        if new_status == previous_status:
            return
        user, request = self.request.user, self.request
        if new_status == SignatoryStatus.CONFIRMED:
            declaration.confirm(instance, by=user, request=request)
        elif new_status == SignatoryStatus.DECLINED:
            declaration.decline(instance, by=user, reason=instance.decline_reason, request=request)
        else:
            Signatory.objects.filter(pk=instance.pk).update(status=new_status, decided_by=None, decided_at=None)
            record("declaration.signatory_reopened", actor=user, target=instance, request=request)


class SignatoryCreateView(SignatoryDecisionMixin, CreateView):
    def save_instance(self):
        new_status = self.form.instance.status
        self.form.instance.status = SignatoryStatus.REQUESTED
        instance = super().save_instance()
        record("declaration.signatory_added", actor=self.request.user, target=instance, request=self.request)
        self.apply_decision(instance, new_status, SignatoryStatus.REQUESTED)
        instance.refresh_from_db()
        return instance


class SignatoryEditView(SignatoryDecisionMixin, EditView):
    def save_instance(self):
        previous_status = Signatory.objects.values_list("status", flat=True).get(pk=self.object.pk)
        new_status = self.form.instance.status
        self.form.instance.status = previous_status
        instance = super().save_instance()
        self.apply_decision(instance, new_status, previous_status)
        instance.refresh_from_db()
        return instance


def letter_link(signatory):
    if not signatory.letter_of_authorisation:
        return ""
    return format_html('<a href="{}">{}</a>', reverse("network:signatory_letter", args=[signatory.pk]), _("Download"))


class SignatoryViewSet(ModelViewSet):
    model = Signatory
    icon = "edit"
    name = "network_signatories"
    menu_label = _("Declaration signatories")
    add_view_class = SignatoryCreateView
    edit_view_class = SignatoryEditView
    list_display = [
        "ministry",
        "country",
        "signatory_name",
        "status",
        "requested_at",
        Column("letter", label=_("Letter of authorisation"), accessor=letter_link),
    ]
    list_filter = ["status", "country"]
    search_fields = ["ministry", "signatory_name", "official_email"]
    search_backend_name = None
    ordering = ["status", "-requested_at"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("ministry"),
                    FieldPanel("country"),
                    FieldRowPanel([FieldPanel("signatory_name"), FieldPanel("signatory_role")]),
                    FieldPanel("date_signed"),
                    FieldPanel("official_email"),
                ],
                heading=_("Signatory"),
            ),
            MultiFieldPanel(
                [FieldPanel("status", widget=forms.RadioSelect), FieldPanel("decline_reason")],
                heading=_("Decision"),
                help_text=_(
                    "Confirming lists the ministry publicly; declining needs a reason. The requester is told by e-mail "
                    "either way. The letter of authorisation can be downloaded from the list."
                ),
            ),
        ],
        base_form_class=SignatoryAdminForm,
    )


class NetworkViewSetGroup(ModelViewSetGroup):
    menu_label = _("Network")
    menu_icon = "group"
    menu_order = 300
    items = (CentreViewSet, CentreServiceViewSet, RepresentativeViewSet, MeetingViewSet, PaperViewSet, SignatoryViewSet)


@hooks.register("register_admin_viewset")
def register_network_viewsets():
    return NetworkViewSetGroup()
