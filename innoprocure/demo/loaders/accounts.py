"""Demo accounts, one per role, with verified e-mail addresses (password: DEMO_PASSWORD or "demo-password-2026").

Staff accounts have no authenticator yet: at their first sign-in the site asks them to set one up (docs/roles.md).
The administrator comes from `manage.py ensure_admin`; representatives from the network's demo (rep-<country>@…).
"""

import os

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from innoprocure.accounts.models import Profile
from innoprocure.core.models import Country, Language
from innoprocure.core.roles import EDITORS, MODERATORS, SECRETARIAT

DEFAULT_PASSWORD = "demo-password-2026"  # noqa: S105 - demo accounts only; DEMO_PASSWORD overrides it

# email, given name, family name, role (group) or None, organisation, country, job role, languages
PEOPLE = [
    (
        "practitioner@example.org",
        "Katrin",
        "Tamm",
        None,
        "Tallinn Strategic Centre",
        "EE",
        "Procurement specialist",
        ["et", "en"],
    ),
    ("editor@example.org", "Luca", "Bianchi", EDITORS, "Innovation Procurement Platform", "IT", "Editor", ["it", "en", "fr"]),
    (
        "moderator@example.org",
        "Inès",
        "Moreau",
        MODERATORS,
        "Innovation Procurement Platform",
        "FR",
        "Managing editor",
        ["fr", "en"],
    ),
    (
        "secretariat@example.org",
        "Pieter",
        "Janssens",
        SECRETARIAT,
        "P2I Network secretariat",
        "BE",
        "Network coordinator",
        ["nl", "fr", "en"],
    ),
]


def ensure_person(email, first_name, last_name, role, organisation, country, job_role, languages, password_hash):
    """Create the account if it does not exist yet; an existing one (made by another demo loader) only gains what it
    lacks, so a second run changes nothing."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User.objects.create(
            username=email, email=email, password=password_hash, first_name=first_name, last_name=last_name
        )
    elif not user.first_name and not user.last_name:
        user.first_name, user.last_name = first_name, last_name
        user.save(update_fields=["first_name", "last_name"])
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    if role and not user.groups.filter(name=role).exists():
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    profile, profile_created = Profile.objects.get_or_create(
        user=user,
        defaults={"organisation": organisation, "country": Country.objects.filter(code=country).first(), "job_role": job_role},
    )
    if profile_created:
        profile.languages.set(Language.objects.filter(code__in=languages))
    return created


def load(out):
    # Hashing is slow on purpose: hash the shared demo password once.
    password_hash = make_password(os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD))
    created = sum(ensure_person(*person, password_hash=password_hash) for person in PEOPLE)
    out.write(
        f" {len(PEOPLE)} demo accounts ({created} new): practitioner, editor, moderator and secretariat @example.org; "
        "staff set up their authenticator app at first sign-in"
    )
