"""Every change to organisations, challenges, questions and responses. Each function checks `policy` (a refusal
raises PermissionDenied), writes, records decisions in the audit trail and tells the people concerned by e-mail."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from innoprocure.audit.log import record
from innoprocure.challenges import listing, policy
from innoprocure.challenges.models import (
    Challenge,
    ChallengeAttachment,
    ChallengeStatus,
    FollowUp,
    Organisation,
    OrganisationKind,
    OrganisationMember,
    Question,
    Response,
    ResponseAttachment,
    ResponseStatus,
    Verification,
)

logger = logging.getLogger(__name__)

# Addresses under /challenges/ that are pages, not challenges (urls.py).
RESERVED_SLUGS = {"new", "organisation", "organisations", "moderation", "responses", "follow-ups"}


def _require(allowed):
    if not allowed:
        raise PermissionDenied


def unique_slug(model, text, max_length=80):
    base = slugify(text)[: max_length - 5].strip("-") or "item"
    if base in RESERVED_SLUGS:
        base = f"{base}-{model._meta.model_name}"
    slug, number = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


# E-mail ------------------------------------------------------------------------------------------------------------


def site_url(path=""):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(template, context, users, subject):
    """One message per person; the text names the challenge and links to the page, never a response's content."""
    addresses = sorted({user.email for user in users if user is not None and user.is_active and user.email})
    if not addresses:
        return 0
    body = render_to_string(f"challenges/email/{template}.txt", {**context, "site_url": site_url()})
    subject = " ".join(str(subject).split())[:200]
    messages = [EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[a]) for a in addresses]
    try:
        return get_connection().send_messages(messages) or 0
    except OSError:
        logger.exception("Could not send challenges e-mail %s", template)
        return 0


def platform_team():
    User = get_user_model()
    return [user for user in User.objects.filter(is_active=True) if user.has_perm(policy.MODERATE)]


def _on_commit_send(*args):
    transaction.on_commit(lambda: send(*args))


# Organisations -----------------------------------------------------------------------------------------------------


@transaction.atomic
def create_organisation(user, organisation, sectors=()):
    """Save a new organisation (from a form, unsaved) with the user as its first member."""
    _require(policy.can_create_organisation(user))
    organisation.slug = unique_slug(Organisation, organisation.name)
    organisation.verification = Verification.PENDING
    organisation.save()
    organisation.sectors.set(sectors)
    OrganisationMember.objects.create(user=user, organisation=organisation)
    policy.forget_organisation(user)
    record("challenges.organisation_created", actor=user, target=organisation, kind=organisation.kind)
    if organisation.is_buyer:
        _on_commit_send(
            "verification_requested",
            {"organisation": organisation},
            platform_team(),
            _("A public buyer asks to be verified: %(name)s") % {"name": organisation.name},
        )
    return organisation


VERIFIED_FIELDS = {"name", "country", "email_domain", "verification_document"}


@transaction.atomic
def update_organisation(user, form):
    """Save the profile form; a verified buyer that changes what was verified is verified again."""
    organisation = form.instance
    _require(policy.can_manage_organisation(user, organisation))
    organisation = form.save()
    changed = VERIFIED_FIELDS & set(form.changed_data)
    if organisation.is_verified_buyer and changed:
        organisation.verification = Verification.PENDING
        organisation.verified_at = None
        organisation.save(update_fields=["verification", "verified_at"])
        record("challenges.verification_reopened", actor=user, target=organisation, changed=sorted(changed))
        _on_commit_send(
            "verification_requested",
            {"organisation": organisation},
            platform_team(),
            _("A public buyer asks to be verified: %(name)s") % {"name": organisation.name},
        )
    return organisation


@transaction.atomic
def add_member(actor, organisation, email):
    _require(policy.can_manage_organisation(actor, organisation))
    User = get_user_model()
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        raise ValidationError(_("Nobody has an account with this e-mail address; ask them to sign up first."))
    if OrganisationMember.objects.filter(user=user).exists():
        raise ValidationError(_("This person already belongs to an organisation."))
    member = OrganisationMember.objects.create(user=user, organisation=organisation)
    record("challenges.member_added", actor=actor, target=organisation, member=user.email)
    return member


@transaction.atomic
def decide_verification(actor, organisation, verified, note=""):
    _require(policy.can_verify(actor) and organisation.kind == OrganisationKind.BUYER)
    organisation.verification = Verification.VERIFIED if verified else Verification.REFUSED
    organisation.verification_note = note
    organisation.verified_at = timezone.now() if verified else None
    organisation.save(update_fields=["verification", "verification_note", "verified_at"])
    record(
        "challenges.buyer_verified" if verified else "challenges.buyer_refused",
        actor=actor,
        target=organisation,
        note=note,
        email_domain=organisation.email_domain,
        document=bool(organisation.verification_document),
    )
    members = [member.user for member in organisation.members.select_related("user")]
    _on_commit_send(
        "verification_decided",
        {"organisation": organisation, "verified": verified, "note": note},
        members,
        _("Your organisation was verified") if verified else _("Your organisation could not be verified"),
    )
    return organisation


# Challenges --------------------------------------------------------------------------------------------------------


def _add_attachments(model, owner_field, owner, files):
    for upload in files:
        model.objects.create(**{owner_field: owner}, file=upload, filename=upload.name[:255], size=upload.size)


@transaction.atomic
def save_challenge(user, challenge, form_m2m, files=()):
    """Create a draft (challenge unsaved, from the form) or save changes to one."""
    if challenge.pk is None:
        _require(policy.can_create_challenge(user))
        challenge.organisation = policy.organisation_of(user)
        challenge.created_by = user
        challenge.slug = unique_slug(Challenge, challenge.title, max_length=200)
        challenge.illustrative = challenge.organisation.illustrative
    else:
        _require(policy.can_edit_challenge(user, challenge))
    challenge.save()
    form_m2m()
    _add_attachments(ChallengeAttachment, "challenge", challenge, files)
    return challenge


@transaction.atomic
def remove_challenge_attachment(user, attachment):
    _require(policy.can_edit_challenge(user, attachment.challenge))
    attachment.delete()


@transaction.atomic
def submit_challenge(user, challenge):
    _require(policy.can_submit_challenge(user, challenge))
    challenge.status = ChallengeStatus.SUBMITTED
    challenge.submitted_at = timezone.now()
    challenge.save(update_fields=["status", "submitted_at"])
    record("challenges.challenge_submitted", actor=user, target=challenge)
    _on_commit_send(
        "moderation_requested",
        {"challenge": challenge},
        platform_team(),
        _("A challenge waits for moderation: %(title)s") % {"title": challenge.title},
    )
    return challenge


@transaction.atomic
def moderate_challenge(actor, challenge, approve, note=""):
    _require(policy.can_moderate_challenge(actor, challenge))
    if approve:
        challenge.status = ChallengeStatus.PUBLISHED
        challenge.published_at = timezone.now()
    else:
        challenge.status = ChallengeStatus.DRAFT
    challenge.moderation_note = note
    challenge.save(update_fields=["status", "published_at", "moderation_note"])
    listing.sync(challenge)
    record(
        "challenges.challenge_published" if approve else "challenges.challenge_returned", actor=actor, target=challenge, note=note
    )
    members = [member.user for member in challenge.organisation.members.select_related("user")]
    _on_commit_send(
        "moderation_decided",
        {"challenge": challenge, "approved": approve, "note": note},
        members,
        (_("Your challenge is published: %(title)s") if approve else _("Your challenge was returned: %(title)s"))
        % {"title": challenge.title},
    )
    return challenge


# Questions and answers ---------------------------------------------------------------------------------------------


@transaction.atomic
def ask_question(user, challenge, text):
    _require(policy.can_ask_question(user, challenge))
    question = Question.objects.create(challenge=challenge, asked_by=user, text=text)
    members = [member.user for member in challenge.organisation.members.select_related("user")]
    _on_commit_send(
        "question_asked", {"challenge": challenge}, members, _("A new question about %(title)s") % {"title": challenge.title}
    )
    return question


@transaction.atomic
def answer_question(user, question, answer):
    """Publish the answer with the question, for every interested party; the asker's name is never shown."""
    _require(policy.can_answer_questions(user, question.challenge))
    first = question.answered_at is None
    question.answer = answer
    question.answered_at = timezone.now()
    question.save(update_fields=["answer", "answered_at"])
    record("challenges.question_answered", actor=user, target=question.challenge, question=question.pk)
    if first and question.asked_by is not None:
        _on_commit_send(
            "question_answered",
            {"challenge": question.challenge},
            [question.asked_by],
            _("Your question about %(title)s was answered") % {"title": question.challenge.title},
        )
    return question


# Responses ---------------------------------------------------------------------------------------------------------


@transaction.atomic
def submit_response(user, challenge, response, files=()):
    _require(policy.can_respond(user, challenge))
    organisation = policy.organisation_of(user)
    if Response.objects.filter(challenge=challenge, organisation=organisation).exists():
        raise ValidationError(_("Your organisation has already responded to this challenge."))
    response.challenge = challenge
    response.organisation = organisation
    response.submitted_by = user
    response.save()
    _add_attachments(ResponseAttachment, "response", response, files)
    record("challenges.response_submitted", actor=user, target=challenge, response=response.pk)
    _on_commit_send(
        "response_received",
        {"challenge": challenge, "response": response},
        policy.response_recipients(response),
        _("A new response to %(title)s") % {"title": challenge.title},
    )
    return response


def _tell_supplier(template, response, subject, **context):
    _on_commit_send(
        template,
        {"challenge": response.challenge, "response": response, **context},
        policy.feedback_recipients(response),
        subject,
    )


@transaction.atomic
def set_response_status(user, response, status):
    _require(policy.can_assess_response(user, response) and status in ResponseStatus.values)
    before = response.status
    response.status = status
    response.save(update_fields=["status"])
    record("challenges.response_status", actor=user, target=response.challenge, response=response.pk, before=before, after=status)
    if before != status:
        _tell_supplier(
            "response_status", response, _("News about your response to %(title)s") % {"title": response.challenge.title}
        )
    return response


@transaction.atomic
def give_feedback(user, response, feedback):
    _require(policy.can_assess_response(user, response))
    response.feedback = feedback
    response.feedback_at = timezone.now()
    response.save(update_fields=["feedback", "feedback_at"])
    record("challenges.feedback_given", actor=user, target=response.challenge, response=response.pk)
    _tell_supplier("feedback", response, _("Feedback on your response to %(title)s") % {"title": response.challenge.title})
    return response


@transaction.atomic
def ask_follow_up(user, response, question):
    _require(policy.can_assess_response(user, response))
    follow_up = FollowUp.objects.create(response=response, question=question, asked_by=user)
    _tell_supplier("follow_up", response, _("A question about your response to %(title)s") % {"title": response.challenge.title})
    return follow_up


@transaction.atomic
def answer_follow_up(user, follow_up, answer):
    _require(policy.can_answer_follow_up(user, follow_up))
    follow_up.answer = answer
    follow_up.answered_at = timezone.now()
    follow_up.save(update_fields=["answer", "answered_at"])
    response = follow_up.response
    _on_commit_send(
        "follow_up_answered",
        {"challenge": response.challenge, "response": response},
        policy.response_recipients(response),
        _("A supplier answered your question about %(title)s") % {"title": response.challenge.title},
    )
    return follow_up


# Outcome and retention ---------------------------------------------------------------------------------------------


@transaction.atomic
def publish_outcome(user, challenge, outcome, text, opportunity=None):
    _require(policy.can_publish_outcome(user, challenge))
    challenge.outcome = outcome
    challenge.outcome_text = text
    challenge.outcome_opportunity = opportunity
    challenge.outcome_published_at = timezone.now()
    challenge.save(update_fields=["outcome", "outcome_text", "outcome_opportunity", "outcome_published_at"])
    listing.sync(challenge)
    record(
        "challenges.outcome_published",
        actor=user,
        target=challenge,
        outcome=outcome,
        opportunity=opportunity.pk if opportunity else None,
    )
    suppliers = [
        member.user for response in challenge.responses.all() for member in response.organisation.members.select_related("user")
    ]
    _on_commit_send("outcome", {"challenge": challenge}, suppliers, _("The outcome of %(title)s") % {"title": challenge.title})
    return challenge


def expired_responses(now=None):
    """Responses whose challenge's response deadline is more than two years past (docs/privacy.md)."""
    from innoprocure.challenges.models import RETENTION

    return Response.objects.filter(challenge__response_deadline__lt=(now or timezone.now()) - RETENTION)


@transaction.atomic
def purge_expired_responses(now=None):
    """Delete expired responses with their files and follow-up questions; returns how many went."""
    expired = list(expired_responses(now).select_related("challenge"))
    for response in expired:
        challenge, pk = response.challenge, response.pk
        response.delete()  # attachments and follow-ups go with it; the files after the commit
        record("challenges.response_purged", target=challenge, response=pk)
    return len(expired)
