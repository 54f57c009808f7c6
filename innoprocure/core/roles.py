"""Roles are groups with the least privilege each needs. `manage.py setup_roles` (run by the demo loader and
on deployment) creates or refreshes them; docs/roles.md explains them to people.

Sections add the model permissions their roles need to MODEL_PERMISSIONS.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
SECRETARIAT = "Network secretariat"
REPRESENTATIVES = "Competence centre representatives"
ADMINISTRATORS = "Administrators"
FORUM_MODERATORS = "Forum moderators"

STAFF_ROLES = [EDITORS, MODERATORS, SECRETARIAT, ADMINISTRATORS, FORUM_MODERATORS]

# Page-tree permissions, granted on the whole tree.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    SECRETARIAT: ["add_page", "change_page"],
    ADMINISTRATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "delete_page", "bulk_delete_page"],
}

# Image and document libraries, on the root collection.
COLLECTION_PERMISSIONS = {
    EDITORS: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    MODERATORS: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
        "delete_image",
        "delete_document",
    ],
    SECRETARIAT: ["add_image", "choose_image", "add_document", "change_document", "choose_document"],
    ADMINISTRATORS: [
        "add_image",
        "change_image",
        "choose_image",
        "delete_image",
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ],
}

# Model permissions as "app_label.codename"; every staff role may enter the admin.
MODEL_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        "core.add_sector",
        "core.change_sector",
        "resources.add_resource",
        "resources.change_resource",
        "resources.view_resource",
        # Newsletter subscribers: read and export.
        "newsletter.view_subscriber",
        # The search glossary: add terms and synonyms.
        "sitesearch.add_glossaryconcept",
        "sitesearch.change_glossaryconcept",
        "sitesearch.view_glossaryconcept",
        # Opportunities: add and correct; closed ones are archived, never deleted.
        "opportunities.add_opportunity",
        "opportunities.change_opportunity",
        "opportunities.view_opportunity",
    ],
    MODERATORS: [
        "wagtailadmin.access_admin",
        "core.add_sector",
        "core.change_sector",
        "core.add_procurementstage",
        "core.change_procurementstage",
        "resources.add_resource",
        "resources.change_resource",
        "resources.view_resource",
        "resources.publish_resource",
        "resources.lock_resource",
        "resources.unlock_resource",
        "resources.delete_resource",
        # Contact messages addressed to the platform team.
        "contact.view_contactmessage",
        "contact.change_contactmessage",
        "sitesearch.add_glossaryconcept",
        "sitesearch.change_glossaryconcept",
        "sitesearch.delete_glossaryconcept",
        "sitesearch.view_glossaryconcept",
        "opportunities.add_opportunity",
        "opportunities.change_opportunity",
        "opportunities.view_opportunity",
        # Challenges: verify public buyers, moderate challenges before they go live, read responses (docs/challenges.md).
        "challenges.moderate_challenges",
    ],
    SECRETARIAT: [
        "wagtailadmin.access_admin",
        # The network: centres, services, representatives, meetings, papers, signatories, governance settings.
        "network.*",
        # Contact messages addressed to the secretariat (the admin shows each team its own).
        "contact.view_contactmessage",
        "contact.change_contactmessage",
        # Newsletter subscribers: read and export.
        "newsletter.view_subscriber",
        # Membership: check and return applications, open and close ballots. Not the votes themselves:
        # the secretariat sees who has voted, never how, until a ballot closes.
        "membership.manage_applications",
        "membership.manage_ballots",
        "membership.view_membershipapplication",
        "membership.view_ballot",
    ],
    # Voting needs no permission: services check that the user represents a voting member centre.
    REPRESENTATIVES: [],
    # The Procurement Forum: moderate every open and closed group (never private ones: their own moderators do),
    # and create or describe groups in the admin.
    FORUM_MODERATORS: [
        "wagtailadmin.access_admin",
        "forum.moderate_forum",
        "forum.add_forumgroup",
        "forum.change_forumgroup",
        "forum.view_forumgroup",
    ],
    ADMINISTRATORS: [
        "wagtailadmin.access_admin",
        "audit.view_auditevent",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        # Erasure requests and spam accounts; deleting runs every app's eraser and is recorded (accounts/signals.py).
        "auth.delete_user",
        "wagtailsettings.*",
        "resources.*",
        "network.*",
        "contact.*",
        # Opportunities: only administrators may delete one (e.g. a notice imported by mistake).
        "opportunities.*",
        "challenges.moderate_challenges",
        # Newsletter subscribers: read, export and erase (nobody edits a subscription by hand).
        "newsletter.view_subscriber",
        "newsletter.delete_subscriber",
        # Membership: read-only, votes and their history included (decisions go through the secretariat).
        "membership.view_membershipapplication",
        "membership.view_ballot",
        "membership.view_vote",
        "membership.view_votechange",
        # Forum groups in the admin (moderation itself is the forum moderators' and each group's moderators').
        "forum.add_forumgroup",
        "forum.change_forumgroup",
        "forum.view_forumgroup",
    ],
}

WORKFLOW_NAME = _("Moderator approval")


def _permissions(names):
    for name in names:
        app_label, codename = name.split(".", 1)
        queryset = Permission.objects.filter(content_type__app_label=app_label)
        if codename != "*":
            queryset = queryset.filter(codename=codename)
        yield from queryset


def setup_roles():
    """Create the role groups with their permissions, and the moderation workflow on the page tree."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name in [EDITORS, MODERATORS, SECRETARIAT, REPRESENTATIVES, ADMINISTRATORS, FORUM_MODERATORS]:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(list(_permissions(MODEL_PERMISSIONS.get(name, []))))
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(codename=codename, content_type__app_label="wagtailcore"),
            )
        for codename in COLLECTION_PERMISSIONS.get(name, []):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=Permission.objects.get(codename=codename)
            )
        groups[name] = group

    # Editors draft and submit; moderators approve, which publishes.
    workflow, _created = Workflow.objects.get_or_create(name=str(WORKFLOW_NAME))
    task, _created = GroupApprovalTask.objects.get_or_create(name=str(_("Moderators approve")))
    task.groups.set([groups[MODERATORS], groups[ADMINISTRATORS]])
    # Workflow is a cluster model: its related manager would not write to the database, so create the row itself.
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=root_page, defaults={"workflow": workflow})
    # Snippets with drafts (resources …) follow the same workflow as pages.
    for model in apps.get_models():
        if issubclass(model, WorkflowMixin) and model.__module__.startswith("innoprocure."):
            WorkflowContentType.objects.get_or_create(
                content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
            )
    return groups
