import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from innoprocure.core.roles import EDITORS, setup_roles
from innoprocure.guidance.tests.factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ResourceFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)


@pytest.fixture
def editor(client, home_page, settings):
    # force_login() sends a request without an address; django-axes cannot log it on PostgreSQL (inet column).
    settings.AXES_ENABLED = False
    setup_roles()
    user = get_user_model().objects.create_user(username="editor", email="editor@example.org", password="x")
    user.groups.add(Group.objects.get(name=EDITORS))
    TOTP.activate(user, generate_totp_secret())  # staff need an authenticator app to enter the admin
    client.force_login(user)
    return user


def test_editors_can_open_the_story_and_guidance_editors(client, editor, home_page):
    stories = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory(parent=stories, tags=["pcp"], resources=[ResourceFactory(title="Linked guide")])
    guidance = GuidancePageFactory(parent=GuidanceIndexPageFactory(parent=home_page), title="Legal framework")

    edit = client.get(f"/admin/pages/{story.pk}/edit/")
    assert edit.status_code == 200
    html = edit.content.decode()
    assert "Related resources" in html and "Linked guide" in html
    assert client.get(f"/admin/pages/add/stories/storypage/{stories.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{guidance.pk}/edit/").status_code == 200
