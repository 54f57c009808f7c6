"""Contact messages in the admin: each team sees the messages addressed to it."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import DeleteView, EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from innoprocure.contact.models import ContactMessage
from innoprocure.contact.services import visible_messages


class TeamIndexView(IndexView):
    def get_base_queryset(self):
        return visible_messages(self.request.user, super().get_base_queryset().select_related("country"))


class OwnTeamOnlyMixin:
    """A message of another team is as good as absent."""

    def get_object(self, queryset=None):
        message = super().get_object(queryset)
        if not visible_messages(self.request.user).filter(pk=message.pk).exists():
            raise Http404
        return message


class TeamInspectView(OwnTeamOnlyMixin, InspectView):
    pass


class TeamDeleteView(OwnTeamOnlyMixin, DeleteView):
    pass


class TeamEditView(OwnTeamOnlyMixin, EditView):
    def save_instance(self):
        instance = self.form.instance
        if instance.handled and instance.handled_by_id is None:
            instance.handled_by = self.request.user
        elif not instance.handled:
            instance.handled_by = None
        return super().save_instance()


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    icon = "mail"
    name = "contact_messages"
    menu_label = _("Contact messages")
    menu_order = 350
    add_to_admin_menu = True
    index_view_class = TeamIndexView
    inspect_view_class = TeamInspectView
    edit_view_class = TeamEditView
    delete_view_class = TeamDeleteView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["created_at", "team", "topic", "name", "organisation", "handled"]
    list_filter = ["team", "topic", "handled"]
    search_fields = ["name", "email", "organisation", "message"]
    search_backend_name = None
    form_fields = ["handled", "notes"]
    inspect_view_fields = [
        "created_at",
        "team",
        "topic",
        "name",
        "email",
        "organisation",
        "country",
        "message",
        "sent_to",
        "handled",
        "handled_by",
        "notes",
    ]


@hooks.register("register_admin_viewset")
def register_contact_viewset():
    return ContactMessageViewSet()
