"""The demo forum: eight illustrative groups with original discussions between fictional people, and the private
P2I Network members group whose members are the representatives created by the network's demo (looked up, never
duplicated). Safe to run again: existing groups, people and discussions are left as they are."""

import os
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db.models import F
from django.utils import timezone

from innoprocure.core.models import Language, Sector
from innoprocure.core.roles import FORUM_MODERATORS, SECRETARIAT
from innoprocure.demo.documents import as_tuples, read_toml
from innoprocure.demo.loaders.accounts import DEFAULT_PASSWORD, ensure_person
from innoprocure.forum import deliberation, services
from innoprocure.forum.models import (
    Attachment,
    EventAttendance,
    FollowLevel,
    ForumGroup,
    ForumProfile,
    GroupEvent,
    GroupKind,
    MemberRole,
    Membership,
    MembershipStatus,
    Post,
    Reaction,
    Subscription,
    Thread,
    ThreadKind,
)

# The groups, people, discussions and events of the demo forum are in content/forum.toml.
_DATA = read_toml("forum.toml")
PEOPLE = as_tuples(_DATA["people"], "email first_name last_name organisation country job_role languages handle expertise sectors")
GROUPS = as_tuples(
    _DATA["groups"], "slug name kind sector languages summary description requirements moderators", {"requirements": ""}
)
P2I_GROUP = as_tuples([_DATA["p2i_group"]], "name summary description")[0]
# group slug, title, kind, [(author handle, text)], accepted answer index (question threads), pinned
THREADS = [
    (item["group"], item["title"], item["kind"], [(post["author"], post["text"]) for post in item["posts"]],
     item.get("accepted"), item.get("pinned", False))
    for item in _DATA["threads"]
]  # fmt: skip
# Files attached to the opening post of a discussion: thread title -> (file name, document title, paragraphs).
ATTACHMENTS = {
    item["title"]: (item["attachment"]["file"], item["attachment"]["title"], item["attachment"]["paragraphs"])
    for item in _DATA["threads"]
    if "attachment" in item
}
EVENTS = as_tuples(
    _DATA["events"], "group title days hour hours zone format location url description attendees", {"location": "", "url": ""}
)
P2I_EVENT = as_tuples([_DATA["p2i_event"]], "days hour hours title format url description")[0]


def load_people():
    password_hash = make_password(os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD))
    users = {}
    for email, first, last, organisation, country, job, languages, handle, expertise, sectors in PEOPLE:
        role = FORUM_MODERATORS if email == "forum-moderator@example.org" else None
        ensure_person(email, first, last, role, organisation, country, job, languages, password_hash=password_hash)
        user = get_user_model().objects.get(email__iexact=email)
        profile, created = ForumProfile.objects.get_or_create(
            user=user, defaults={"handle": handle, "visible": True, "expertise": expertise}
        )
        if created:
            profile.sectors.set(Sector.objects.filter(slug__in=sectors))
        users[profile.handle] = user
    return users


def _member(group, user, role=MemberRole.MEMBER):
    Membership.objects.get_or_create(group=group, user=user, defaults={"role": role, "status": MembershipStatus.ACTIVE})


def load_groups(users):
    groups = {}
    for slug, name, kind, sector, languages, summary, description, requirements, moderators in GROUPS:
        group, created = ForumGroup.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "sector": Sector.objects.filter(slug=sector).first(),
                "summary": summary,
                "description": description,
                "entry_requirements": requirements,
            },
        )
        if created:
            group.languages.set(Language.objects.filter(code__in=languages))
        for handle in moderators:
            _member(group, users[handle], MemberRole.MODERATOR)
        groups[slug] = group
    return groups


def load_threads(groups, users):
    created = 0
    now = timezone.now()
    for age, (slug, title, kind, posts, accepted, pinned) in enumerate(reversed(THREADS)):
        group = groups[slug]
        if Thread.objects.filter(group=group, title=title).exists():
            continue
        started = now - timedelta(days=3 + age * 4, hours=age)
        opener = users[posts[0][0]]
        thread = Thread.objects.create(group=group, title=title, kind=kind or ThreadKind.DISCUSSION, author=opener, pinned=pinned)
        for index, (handle, body) in enumerate(posts):
            _member(group, users[handle])
            post = services._add_post(thread, users[handle], body)
            Post.objects.filter(pk=post.pk).update(created_at=started + timedelta(hours=5 * index))
            Subscription.objects.get_or_create(
                user=users[handle], thread=thread, defaults={"group": group, "level": FollowLevel.FOLLOW}
            )
        if title in ATTACHMENTS:
            _attach(thread.posts.get(number=1), *ATTACHMENTS[title])
        if accepted is not None:
            thread.accepted_answer = thread.posts.get(number=accepted + 1)
        thread.created_at, thread.last_activity_at = started, started + timedelta(hours=5 * (len(posts) - 1))
        thread.save(update_fields=["accepted_answer", "created_at", "last_activity_at"])
        if thread.accepted_answer_id:
            # The person who asked found the accepted answer helpful.
            Reaction.objects.get_or_create(post=thread.accepted_answer, user=opener)
            Post.objects.filter(pk=thread.accepted_answer_id).update(helpful_count=F("helpful_count") + 1)
        created += 1
    return created


def _attach(post, filename, title, paragraphs):
    from django.core.files.base import ContentFile

    from innoprocure.demo.filebuilders import build_pdf

    data = build_pdf(title, paragraphs)
    attachment = Attachment(post=post, filename=filename, kind="pdf", size=len(data))
    attachment.file.save(filename, ContentFile(data), save=True)


def load_network_group(users):
    """The private members group: every representative of a competence centre, and the secretariat as moderators."""
    from innoprocure.membership.models import Ballot
    from innoprocure.network.models import Representative

    name, summary, description = P2I_GROUP
    group, _created = ForumGroup.objects.get_or_create(
        slug=deliberation.P2I_GROUP_SLUG,
        defaults={"name": name, "kind": GroupKind.PRIVATE, "summary": summary, "description": description},
    )
    for representative in Representative.objects.select_related("user"):
        deliberation.add_representative(representative.user)
    for user in get_user_model().objects.filter(groups__name=SECRETARIAT, is_active=True):
        _member(group, user, MemberRole.MODERATOR)
    for ballot in Ballot.objects.filter(closed_at__isnull=True).select_related("application__country", "opened_by"):
        deliberation.ensure_thread(ballot, notify_members=False)
    return group


def _event(group, title, days, hour, hours, zone, event_format, location, url, description, attendees=()):
    """One event, dated from today; left alone if the group already has an event of that title."""
    from zoneinfo import ZoneInfo

    from innoprocure.forum import text

    if GroupEvent.objects.filter(group=group, title=title).exists():
        return 0
    day = timezone.localdate() + timedelta(days=days)
    starts = timezone.make_aware(datetime.combine(day, time(hour)), ZoneInfo(zone))
    organiser = group.memberships.filter(role=MemberRole.MODERATOR).select_related("user").first()
    event = GroupEvent.objects.create(
        group=group,
        title=title,
        starts_at=starts,
        ends_at=starts + timedelta(hours=hours),
        time_zone=zone,
        event_format=event_format,
        location=location,
        online_url=url,
        description=description,
        description_html=text.render(description),
        created_by=organiser.user if organiser else None,
    )
    for user in attendees:
        _member(group, user)
        EventAttendance.objects.get_or_create(event=event, user=user)
    return 1


def load_events(groups, users, network):
    created = 0
    for slug, title, days, hour, hours, zone, event_format, location, url, description, attendees in EVENTS:
        people = [users[handle] for handle in attendees]
        created += _event(groups[slug], title, days, hour, hours, zone, event_format, location, url, description, people)
    days, hour, hours, title, event_format, url, description = P2I_EVENT
    created += _event(network, title, days, hour, hours, "Europe/Brussels", event_format, "", url, description)
    return created


def load(out):
    users = load_people()
    groups = load_groups(users)
    created = load_threads(groups, users)
    network = load_network_group(users)
    load_events(groups, users, network)
    out.write(
        f" {ForumGroup.objects.count()} forum groups, {Thread.objects.count()} discussions ({created} new), "
        f"{network.memberships.count()} members in the private {network.name} group, "
        f"{GroupEvent.objects.count()} group events"
    )
