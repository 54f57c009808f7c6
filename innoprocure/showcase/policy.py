"""Who may see and do what in the innovation showcase: one function per rule, used by the views, the services,
the admin menu, site search and the sitemap.

    Profiles   public once the platform team has approved them. Drafts, those waiting for approval, returned,
               rejected and withdrawn ones are seen by the supplier's members and the platform team only
               (everybody else: 404), never in the listing, site search or the sitemap.
    Editing    the supplier's members, except a rejected profile. Saving an approved profile sends it back to the
               platform team: it leaves the public showcase until it is approved again.

"Platform team" is the permission challenges.moderate_challenges (Moderators and Administrators), as for challenges.
"""

from innoprocure.challenges.policy import is_platform_team, is_supplier, organisation_of
from innoprocure.showcase.models import ProfileStatus

EDITABLE = {
    ProfileStatus.DRAFT,
    ProfileStatus.PENDING,
    ProfileStatus.APPROVED,
    ProfileStatus.CHANGES_REQUESTED,
    ProfileStatus.WITHDRAWN,
}
SUBMITTABLE = {ProfileStatus.DRAFT, ProfileStatus.CHANGES_REQUESTED, ProfileStatus.WITHDRAWN}
WITHDRAWABLE = {ProfileStatus.PENDING, ProfileStatus.APPROVED}


def is_owner(user, profile):
    organisation = organisation_of(user)
    return organisation is not None and organisation.pk == profile.organisation_id


def can_create_profile(user):
    return is_supplier(user)


def can_see_profile(user, profile):
    return profile.is_public or is_owner(user, profile) or is_platform_team(user)


def can_manage(user, profile):
    """See the private page of a profile: its status and the platform team's note."""
    return is_owner(user, profile) or is_platform_team(user)


def can_edit_profile(user, profile):
    return is_owner(user, profile) and profile.status in EDITABLE


def can_submit_profile(user, profile):
    return is_owner(user, profile) and profile.status in SUBMITTABLE


def can_withdraw_profile(user, profile):
    return is_owner(user, profile) and profile.status in WITHDRAWABLE


def can_moderate_profile(user, profile):
    return is_platform_team(user) and profile.status == ProfileStatus.PENDING


def can_contact(user, profile):
    """Signed-in people write to a published solution's supplier through the platform (not to their own)."""
    return user.is_authenticated and profile.is_public and not is_owner(user, profile)


def is_public(profile):
    """What the listing, site search and the sitemap may show."""
    return profile.is_public
