"""Every change to solution profiles. Each function checks `policy` (a refusal raises PermissionDenied), writes,
records the platform team's decisions (and submissions and withdrawals) in the audit trail and tells the people
concerned by e-mail."""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from innoprocure.audit.log import record
from innoprocure.challenges.policy import organisation_of
from innoprocure.challenges.services import platform_team, site_url
from innoprocure.showcase import policy
from innoprocure.showcase.models import ProfileStatus, SolutionProfile

logger = logging.getLogger(__name__)

RESERVED_SLUGS = {"yours", "moderation"}


class Decision:
    APPROVE = "approve"
    CHANGES = "changes"
    REJECT = "reject"


def _require(allowed):
    if not allowed:
        raise PermissionDenied


def unique_slug(text):
    base = slugify(text)[:200].strip("-") or "solution"
    if base in RESERVED_SLUGS:
        base = f"{base}-solution"
    slug, number = base, 2
    while SolutionProfile.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def send(template, context, users, subject, reply_to=None):
    """One message per person; it names the solution and links to its page."""
    addresses = sorted({user.email for user in users if user is not None and user.is_active and user.email})
    if not addresses:
        return 0
    body = render_to_string(f"showcase/email/{template}.txt", {**context, "site_url": site_url()})
    subject = " ".join(str(subject).split())[:200]
    messages = [
        EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[address], reply_to=reply_to)
        for address in addresses
    ]
    try:
        return get_connection().send_messages(messages) or 0
    except OSError:
        logger.exception("Could not send showcase e-mail %s", template)
        return 0


def _on_commit_send(*args, **kwargs):
    transaction.on_commit(lambda: send(*args, **kwargs))


def _members(profile):
    return [member.user for member in profile.organisation.members.select_related("user")]


@transaction.atomic
def save_profile(user, profile, form_m2m, references_formset):
    """Create a draft (profile unsaved, from the form) or save changes. An approved profile that changes goes back
    to the platform team and leaves the public showcase until it is approved again."""
    if profile.pk is None:
        _require(policy.can_create_profile(user))
        profile.organisation = organisation_of(user)
        profile.created_by = user
        profile.slug = unique_slug(profile.name)
        profile.illustrative = profile.organisation.illustrative
        profile.status = ProfileStatus.DRAFT
        profile.save()
    else:
        before = SolutionProfile.objects.get(pk=profile.pk)
        _require(policy.can_edit_profile(user, before))
        profile.save()
    form_m2m()
    references_formset.instance = profile
    references_formset.save()
    if profile.status == ProfileStatus.APPROVED:
        _submit(user, profile, reopened=True)
    else:
        profile.save()  # the search index reads the sectors and references saved just now
    return profile


def _submit(user, profile, reopened=False):
    profile.status = ProfileStatus.PENDING
    profile.submitted_at = timezone.now()
    profile.save(update_fields=["status", "submitted_at", "updated_at"])
    record("showcase.profile_submitted", actor=user, target=profile, reopened=reopened)
    _on_commit_send(
        "approval_requested",
        {"profile": profile, "reopened": reopened},
        platform_team(),
        _("A solution profile waits for approval: %(name)s") % {"name": profile.name},
    )


@transaction.atomic
def submit_profile(user, profile):
    _require(policy.can_submit_profile(user, profile))
    _submit(user, profile)
    return profile


@transaction.atomic
def withdraw_profile(user, profile):
    _require(policy.can_withdraw_profile(user, profile))
    before = profile.status
    profile.status = ProfileStatus.WITHDRAWN
    profile.save(update_fields=["status", "updated_at"])
    record("showcase.profile_withdrawn", actor=user, target=profile, before=before)
    return profile


@transaction.atomic
def moderate_profile(actor, profile, decision, note=""):
    """Approve (public at once), ask for changes (the supplier edits and submits again) or reject (final)."""
    _require(policy.can_moderate_profile(actor, profile))
    status = {
        Decision.APPROVE: ProfileStatus.APPROVED,
        Decision.CHANGES: ProfileStatus.CHANGES_REQUESTED,
        Decision.REJECT: ProfileStatus.REJECTED,
    }[decision]
    profile.status = status
    profile.moderation_note = note
    if status == ProfileStatus.APPROVED:
        profile.approved_at = timezone.now()
    profile.save(update_fields=["status", "moderation_note", "approved_at", "updated_at"])
    record(f"showcase.profile_{status}", actor=actor, target=profile, note=note)
    subjects = {
        ProfileStatus.APPROVED: _("Your solution is in the showcase: %(name)s"),
        ProfileStatus.CHANGES_REQUESTED: _("Changes requested to your solution profile: %(name)s"),
        ProfileStatus.REJECTED: _("Your solution profile was not accepted: %(name)s"),
    }
    _on_commit_send(
        "approval_decided",
        {"profile": profile, "status": status, "note": note},
        _members(profile),
        subjects[status] % {"name": profile.name},
    )
    return profile


def contact_supplier(user, profile, message):
    """A message through the platform: the supplier's members receive it, with the sender's address to reply to;
    the sender never sees theirs."""
    _require(policy.can_contact(user, profile))
    sender = user.get_full_name() or user.email
    organisation = organisation_of(user)
    return send(
        "contact",
        {"profile": profile, "sender": sender, "sender_email": user.email, "organisation": organisation, "message": message},
        _members(profile),
        _("A message about %(name)s from the innovation showcase") % {"name": profile.name},
        reply_to=[user.email],
    )
