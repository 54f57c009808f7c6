"""The P2I Network deliberates in its private members group: every open ballot gets a discussion there, linked from
the ballot page. Members may address questions to the applicant, who sees only those questions and the answers to
them (never the rest of the discussion, never the tally) and answers on a page of their own.

The group's members are the competence centres' representatives: they are added when a representative is
recorded (signals below) and by the demo loader.
"""

from django.db import transaction
from django.db.models import Prefetch
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from innoprocure.forum import notify, policy
from innoprocure.forum.models import (
    FollowLevel,
    ForumGroup,
    GroupKind,
    Membership,
    MembershipStatus,
    NotificationKind,
    Post,
    Subscription,
    Thread,
)

P2I_GROUP_SLUG = "p2i-network-members"


def network_group():
    return ForumGroup.objects.filter(slug=P2I_GROUP_SLUG, kind=GroupKind.PRIVATE).first()


def ensure_thread(ballot, notify_members=True):
    """The ballot's deliberation, created once (None when the members group does not exist yet)."""
    from innoprocure.forum.services import _add_post

    existing = Thread.objects.filter(ballot=ballot).first()
    group = network_group()
    if existing or group is None:
        return existing
    application = ballot.application
    with translation.override("en"), transaction.atomic():
        thread = Thread.objects.create(
            group=group,
            title=_("Membership ballot: %(organisation)s") % {"organisation": application.organisation},
            author=ballot.opened_by,
            ballot=ballot,
        )
        body = _(
            "The ballot on the application of **%(organisation)s** (%(country)s) is open until %(closes)s. "
            "Discuss it here; tick “This is a question to the applicant” to ask the applicant something. "
            "How centres vote stays confidential: please do not post your vote.\n\n[Open the ballot](%(url)s)"
        ) % {
            "organisation": application.organisation,
            "country": application.country.name if application.country_id else "",
            "closes": ballot.closes_at.date().isoformat(),
            "url": ballot.get_absolute_url(),
        }
        _add_post(thread, ballot.opened_by, body)
    if not notify_members:
        return thread
    notify.create(
        [membership.user for membership in group.memberships.filter(status=MembershipStatus.ACTIVE).select_related("user")],
        NotificationKind.NEW_THREAD,
        group,
        thread=thread,
        actor=ballot.opened_by,
    )
    return thread


def link_for(user, ballot):
    """Where this person takes part in the ballot's deliberation: the discussion, the applicant's questions, or ""."""
    thread = Thread.objects.filter(ballot=ballot).select_related("group", "ballot__application").first()
    if thread is None or not user.is_authenticated:
        return ""
    if policy.can_see_thread(user, thread):
        return thread.get_absolute_url()
    if policy.is_applicant_of(user, thread):
        return reverse("forum:applicant_questions", args=[thread.pk])
    return ""


def questions_for_applicant(thread):
    """The visible questions to the applicant, each with the applicant's answers, oldest first."""
    answers = Post.objects.filter(answers__isnull=False, hidden=False).select_related("author").order_by("number")
    return (
        Post.objects.filter(thread=thread, for_applicant=True, hidden=False, awaiting_review=False)
        .select_related("author")
        .prefetch_related(Prefetch("applicant_answers", queryset=answers))
        .order_by("number")
    )


def answer(question, user, body):
    """The applicant answers a question addressed to them; the members following the discussion are told."""
    from innoprocure.forum.services import ForumError, _add_post

    thread = question.thread
    if not policy.is_applicant_of(user, thread) or not question.for_applicant or thread.ballot.is_closed:
        raise ForumError(_("You cannot answer this question."))
    if not (body or "").strip():
        raise ForumError(_("Please write something."), field="body")
    with transaction.atomic():
        post = _add_post(thread, user, body, answers=question)
    notify.post_published(post, NotificationKind.REPLY)
    return post


def add_representative(user):
    """A representative of a competence centre belongs to the members group."""
    group = network_group()
    if group is None:
        return None
    membership, created = Membership.objects.get_or_create(group=group, user=user, defaults={"status": MembershipStatus.ACTIVE})
    if created:
        Subscription.objects.get_or_create(user=user, group=group, thread=None, defaults={"level": FollowLevel.FOLLOW})
    return membership


def _ballot_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if created:
        transaction.on_commit(lambda: ensure_thread(instance))
    elif instance.closed_at is not None:
        # The decision is taken: the deliberation is kept for the record, but no longer grows.
        Thread.objects.filter(ballot=instance, locked=False).update(locked=True)


def _representative_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        add_representative(instance.user)


def connect():
    from innoprocure.membership.models import Ballot
    from innoprocure.network.models import Representative

    post_save.connect(_ballot_saved, sender=Ballot, dispatch_uid="forum-ballot-deliberation")
    post_save.connect(_representative_saved, sender=Representative, dispatch_uid="forum-representative-member")
