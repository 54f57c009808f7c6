"""Who may see and do what with challenges: one function per rule, used by the views, services, the admin menu,
the opportunity listing (search, API, feeds read only its public mirror) and the e-mails.

    Challenges   public once the platform team has published them; drafts and those waiting for moderation are
                 seen by the buyer's members and the platform team only (everybody else: 404).
    Responses    confidential: the buyer's members, the platform team and the responding supplier's members.
                 Never other suppliers, never search, feeds, the API or the sitemap.
    Questions    published without their author, with the buyer's answer, for everybody; unanswered ones are seen
                 by the buyer and the platform team only. There is no private answer.

"Platform team" is the permission challenges.moderate_challenges (Moderators and Administrators).
"""

from innoprocure.challenges.models import ChallengeStatus, OrganisationKind, OrganisationMember

MODERATE = "challenges.moderate_challenges"


def organisation_of(user):
    """The user's organisation or None; remembered on the user for the rest of the request."""
    if user is None or not user.is_authenticated:
        return None
    if "_challenge_organisation" not in user.__dict__:
        member = OrganisationMember.objects.filter(user=user).select_related("organisation").first()
        user.__dict__["_challenge_organisation"] = member.organisation if member else None
    return user.__dict__["_challenge_organisation"]


def forget_organisation(user):
    user.__dict__.pop("_challenge_organisation", None)


def is_platform_team(user):
    return bool(user is not None and user.is_authenticated and user.has_perm(MODERATE))


def is_buyer_member(user, challenge):
    organisation = organisation_of(user)
    return organisation is not None and organisation.pk == challenge.organisation_id


def is_supplier(user):
    organisation = organisation_of(user)
    return organisation is not None and organisation.kind == OrganisationKind.SUPPLIER


def can_create_organisation(user):
    return user.is_authenticated and organisation_of(user) is None


def can_manage_organisation(user, organisation):
    own = organisation_of(user)
    return own is not None and own.pk == organisation.pk


def can_see_verification_document(user, organisation):
    return is_platform_team(user) or can_manage_organisation(user, organisation)


def can_verify(user):
    return is_platform_team(user)


def can_create_challenge(user):
    organisation = organisation_of(user)
    return organisation is not None and organisation.is_verified_buyer


def can_see_challenge(user, challenge):
    return challenge.is_published or is_buyer_member(user, challenge) or is_platform_team(user)


def can_edit_challenge(user, challenge):
    """The buyer changes a draft (or one returned by moderation); a published challenge changes through Q&A."""
    return challenge.status == ChallengeStatus.DRAFT and is_buyer_member(user, challenge)


def can_submit_challenge(user, challenge):
    return can_edit_challenge(user, challenge) and challenge.organisation.is_verified_buyer


def can_moderate_challenge(user, challenge):
    return challenge.status == ChallengeStatus.SUBMITTED and is_platform_team(user)


def can_ask_question(user, challenge):
    return user.is_authenticated and challenge.questions_open() and not is_buyer_member(user, challenge)


def can_answer_questions(user, challenge):
    return challenge.is_published and is_buyer_member(user, challenge)


def can_see_unanswered_questions(user, challenge):
    return is_buyer_member(user, challenge) or is_platform_team(user)


def can_respond(user, challenge):
    """A supplier's members, once per supplier, while responses are open."""
    return is_supplier(user) and challenge.responses_open()


def can_see_all_responses(user, challenge):
    return is_buyer_member(user, challenge) or is_platform_team(user)


def is_respondent(user, response):
    organisation = organisation_of(user)
    return organisation is not None and organisation.pk == response.organisation_id


def can_see_response(user, response):
    """The one rule for a response, its files and its follow-up questions, on every path."""
    return can_see_all_responses(user, response.challenge) or is_respondent(user, response)


def can_assess_response(user, response):
    """Shortlist, give feedback, ask a follow-up question: the buyer's members, while the outcome is not out."""
    return is_buyer_member(user, response.challenge) and not response.challenge.outcome


def can_answer_follow_up(user, follow_up):
    return is_respondent(user, follow_up.response) and not follow_up.answered_at and not follow_up.response.challenge.outcome


def can_publish_outcome(user, challenge):
    return challenge.is_published and not challenge.outcome and is_buyer_member(user, challenge)


def response_recipients(response):
    """Who is told by e-mail about a response: the buyer's members (never another supplier)."""
    return [member.user for member in response.challenge.organisation.members.select_related("user")]


def feedback_recipients(response):
    """Who is told about feedback or a follow-up question: the responding supplier's members."""
    return [member.user for member in response.organisation.members.select_related("user")]


def is_public(challenge):
    """What the public mirror (listing, search, API, feeds, sitemap) may show: published challenges only."""
    return challenge.is_published
