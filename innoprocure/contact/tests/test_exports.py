from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from innoprocure.contact import exports
from innoprocure.contact.models import ContactMessage

pytestmark = pytest.mark.django_db


def message(email, **fields):
    return ContactMessage.objects.create(team="platform", topic="general", name="Ana", email=email, message="Hello", **fields)


@pytest.fixture
def person():
    user = get_user_model().objects.create_user(username="ana", email="ana@example.org", password="a-long-password-1")
    EmailAddress.objects.create(user=user, email="ana@example.org", verified=True, primary=True)
    return user


def test_a_person_gets_their_messages_in_the_export_and_they_go_with_the_account(person):
    message("ANA@example.org")
    other = message("someone@example.org")
    assert [item["email"] for item in exports.export(person)] == ["ANA@example.org"]
    exports.erase(person)
    assert list(ContactMessage.objects.all()) == [other]


def test_handled_messages_are_deleted_after_two_years_unhandled_ones_are_kept():
    old_handled = message("a@example.org", handled=True)
    old_open = message("b@example.org")
    ContactMessage.objects.filter(pk__in=[old_handled.pk, old_open.pk]).update(created_at=timezone.now() - timedelta(days=800))
    recent = message("c@example.org", handled=True)
    assert "1 handled contact" in exports.purge(timezone.now())
    assert set(ContactMessage.objects.values_list("pk", flat=True)) == {old_open.pk, recent.pk}
