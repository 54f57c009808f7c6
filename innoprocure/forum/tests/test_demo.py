from io import StringIO

import pytest

from innoprocure.demo.loaders import forum as demo
from innoprocure.forum.models import Attachment, ForumGroup, GroupKind, Membership, Post, Thread
from innoprocure.network.models import Representative

pytestmark = pytest.mark.django_db


def test_demo_forum_is_alive_and_loads_idempotently():
    from innoprocure.core.roles import setup_roles
    from innoprocure.demo.loaders import membership as membership_demo
    from innoprocure.demo.loaders import network as network_demo

    setup_roles()
    network_demo.load(StringIO())
    membership_demo.load(StringIO())
    demo.load(StringIO())
    assert ForumGroup.objects.exclude(kind=GroupKind.PRIVATE).count() >= 8
    assert ForumGroup.objects.filter(kind=GroupKind.CLOSED, name="Hospital procurers").exists()
    network = ForumGroup.objects.get(slug="p2i-network-members", kind=GroupKind.PRIVATE)
    representatives = set(Representative.objects.values_list("user_id", flat=True))
    assert representatives <= set(network.memberships.values_list("user_id", flat=True))
    # Each open ballot has its deliberation.
    assert Thread.objects.filter(group=network, ballot__closed_at__isnull=True).count() >= 1
    assert Thread.objects.filter(accepted_answer__isnull=False).exists()
    assert Attachment.objects.filter(filename="zero-emission-site-clause.pdf").exists()
    counts = (ForumGroup.objects.count(), Thread.objects.count(), Post.objects.count(), Membership.objects.count())
    demo.load(StringIO())
    assert (ForumGroup.objects.count(), Thread.objects.count(), Post.objects.count(), Membership.objects.count()) == counts
