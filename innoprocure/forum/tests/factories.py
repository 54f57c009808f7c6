import factory

from innoprocure.accounts.tests.factories import UserFactory
from innoprocure.forum import people, services
from innoprocure.forum.models import ForumGroup, GroupKind, MemberRole, Membership, MembershipStatus


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ForumGroup

    name = factory.Sequence(lambda n: f"Buyer group {n}")
    slug = factory.Sequence(lambda n: f"buyer-group-{n}")
    kind = GroupKind.OPEN
    summary = "Public buyers working on one procurement together."
    description = "We meet **monthly** online."


def member(group, user=None, role=MemberRole.MEMBER, status=MembershipStatus.ACTIVE, **user_fields):
    """A person in the group (a new user unless one is given), with their forum profile."""
    user = user or UserFactory(**user_fields)
    Membership.objects.update_or_create(group=group, user=user, defaults={"role": role, "status": status})
    user.__dict__.pop("_forum_memberships", None)
    people.profile_of(user)
    return user


def moderator(group, user=None, **user_fields):
    return member(group, user, role=MemberRole.MODERATOR, **user_fields)


def trusted(user, group=None):
    """Somebody whose posts no longer wait for review (they have had posts approved before)."""
    group = group or GroupFactory()
    if not Membership.objects.filter(group=group, user=user).exists():
        member(group, user)
    for index in range(services.POSTS_BEFORE_TRUSTED):
        thread = services.start_thread(group, user, f"Earlier question {index}", "An earlier question.")
        thread.posts.update(awaiting_review=False)
    user.__dict__.pop("_forum_memberships", None)
    return user
