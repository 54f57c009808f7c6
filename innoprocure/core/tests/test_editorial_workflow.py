import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from innoprocure.core import roles
from innoprocure.core.models import StandardPage

pytestmark = pytest.mark.django_db


def user_in(group_name, email):
    user = get_user_model().objects.create_user(username=email, email=email, password="x-long-password", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def people(home_page):
    roles.setup_roles()
    return user_in(roles.EDITORS, "editor@example.org"), user_in(roles.MODERATORS, "moderator@example.org")


def test_editors_draft_but_cannot_publish_and_moderators_can(people, home_page):
    editor, moderator = people
    assert home_page.permissions_for_user(editor).can_add_subpage()
    assert not home_page.permissions_for_user(editor).can_publish_subpage()
    assert home_page.permissions_for_user(moderator).can_publish_subpage()


def test_a_page_an_editor_submits_goes_live_when_a_moderator_approves(people, home_page):
    editor, moderator = people
    page = home_page.add_child(instance=StandardPage(title="Buying better buses", slug="buses", live=False))
    revision = page.save_revision(user=editor)
    workflow = page.get_workflow()
    assert workflow is not None, "the moderation workflow covers the page tree"
    workflow_state = workflow.start(page, editor)
    page.refresh_from_db()
    assert not page.live

    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert not task.user_can_access_editor(page, editor) or editor not in task.groups.all()
    assert moderator.groups.filter(pk__in=task.groups.all()).exists()
    task.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id >= revision.id


def test_roles_are_groups_with_their_own_permissions(people):
    names = set(Group.objects.values_list("name", flat=True))
    assert {roles.EDITORS, roles.MODERATORS, roles.SECRETARIAT, roles.REPRESENTATIVES, roles.ADMINISTRATORS} <= names
    representatives = Group.objects.get(name=roles.REPRESENTATIVES)
    assert not representatives.permissions.filter(codename="access_admin").exists()
