"""Demo challenges: six public buyers in six countries describe a need, with public questions and answers and
fifteen confidential responses from six suppliers. Every organisation and place is fictional and labelled
"Illustrative example"; the texts are written for this demo. Accounts: buyer@example.org (a member of the Danish
buyer), supplier@example.org and supplier2@example.org (two suppliers), password as the other demo accounts.
Safe to run again: everything is found by its slug first.
"""

import datetime
import os

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from innoprocure.challenges import listing
from innoprocure.challenges.models import (
    Challenge,
    ChallengeStatus,
    Organisation,
    OrganisationKind,
    OrganisationMember,
    Question,
    Response,
    ResponseStatus,
    Verification,
)
from innoprocure.core.models import Country, Language, Sector
from innoprocure.demo.documents import as_tuples, read_toml
from innoprocure.demo.loaders.accounts import DEFAULT_PASSWORD, ensure_person

# The buyers, suppliers, challenges, questions and responses are in content/challenges.toml.
_DATA = read_toml("challenges.toml")
# slug, name, country, e-mail domain
BUYERS = as_tuples(_DATA["buyers"], "slug name country domain")
# slug, name, country, size, sectors, pitch
SUPPLIERS = as_tuples(_DATA["suppliers"], "slug name country size sectors pitch")
# slug, buyer, title, need, context, outcomes, constraints, budget (min, max), timeline, languages, procedure, sectors,
# CPV, days until the response deadline, zone
CHALLENGES = [
    (*row[:7], (item.get("budget_min"), item.get("budget_max")), *row[7:])
    for item, row in zip(
        _DATA["challenges"],
        as_tuples(
            _DATA["challenges"],
            "slug buyer title need context outcomes constraints timeline languages procedure sectors cpv days zone",
        ),
        strict=True,
    )
]
# challenge slug, question, answer
QUESTIONS = as_tuples(_DATA["questions"], "challenge question answer")
# challenge slug, supplier slug, TRL, status, summary, references, feedback
RESPONSES = as_tuples(_DATA["responses"], "challenge supplier trl status summary references feedback")
ACCOUNTS = as_tuples(_DATA["accounts"], "email first_name last_name organisation job_role")


def _organisation(kind, slug, name, country, **fields):
    organisation, _created = Organisation.objects.get_or_create(
        slug=slug,
        defaults={"kind": kind, "name": name, "country": Country.objects.get(code=country), "illustrative": True, **fields},
    )
    return organisation


def load(out):
    now = timezone.now()
    buyers = {
        slug: _organisation(
            OrganisationKind.BUYER,
            slug,
            name,
            country,
            email_domain=domain,
            verification=Verification.VERIFIED,
            verified_at=now,
            website="",
        )
        for slug, name, country, domain in BUYERS
    }
    suppliers = {}
    for slug, name, country, size, sectors, pitch in SUPPLIERS:
        organisation = _organisation(OrganisationKind.SUPPLIER, slug, name, country, size=size, pitch=pitch)
        if not organisation.sectors.exists():
            organisation.sectors.set(Sector.objects.filter(slug__in=sectors))
        suppliers[slug] = organisation

    password_hash = make_password(os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD))
    for email, first, last, organisation_slug, job in ACCOUNTS:
        organisation = buyers.get(organisation_slug) or suppliers[organisation_slug]
        ensure_person(email, first, last, None, organisation.name, organisation.country_id, job, ["en"], password_hash)
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.get(email__iexact=email)
        OrganisationMember.objects.get_or_create(user=user, defaults={"organisation": organisation})

    created = 0
    for (
        slug,
        buyer,
        title,
        need,
        context,
        outcomes,
        constraints,
        budget,
        timeline,
        languages,
        procedure,
        sectors,
        cpv,
        days,
        zone,
    ) in CHALLENGES:
        if Challenge.objects.filter(slug=slug).exists():
            continue
        deadline = (now + datetime.timedelta(days=days)).replace(hour=16, minute=0, second=0, microsecond=0)
        challenge = Challenge.objects.create(
            slug=slug,
            organisation=buyers[buyer],
            title=title,
            need=need,
            context=context,
            expected_outcomes=outcomes,
            constraints=constraints,
            budget_min=budget[0],
            budget_max=budget[1],
            timeline=timeline,
            questions_deadline=deadline - datetime.timedelta(days=14),
            response_deadline=deadline,
            deadline_timezone=zone,
            cpv_codes=cpv,
            country=buyers[buyer].country,
            procedure=procedure,
            status=ChallengeStatus.PUBLISHED,
            submitted_at=now - datetime.timedelta(days=30),
            published_at=now - datetime.timedelta(days=28),
            illustrative=True,
        )
        challenge.languages.set(Language.objects.filter(code__in=languages))
        challenge.sectors.set(Sector.objects.filter(slug__in=sectors))
        created += 1
        for question_slug, text, answer in QUESTIONS:
            if question_slug == slug:
                Question.objects.create(
                    challenge=challenge, text=text, answer=answer, answered_at=now - datetime.timedelta(days=5)
                )
        for response_slug, supplier, trl, status, summary, references, feedback in RESPONSES:
            if response_slug == slug:
                Response.objects.create(
                    challenge=challenge,
                    organisation=suppliers[supplier],
                    summary=summary,
                    trl=trl,
                    references=references,
                    status=status or ResponseStatus.SUBMITTED,
                    feedback=feedback,
                    feedback_at=now if feedback else None,
                )
        if days < 0:
            challenge.outcome = "no-solution"
            challenge.outcome_text = (
                "The responses showed that reclaimed load-bearing timber cannot yet be certified at the scale we need. "
                "We will specify reclaimed finishes in the first school and consult the market again in two years."
            )
            challenge.outcome_published_at = now - datetime.timedelta(days=3)
            challenge.save()
        listing.sync(challenge)
    out.write(
        f" {len(CHALLENGES)} illustrative challenges ({created} new) with {len(RESPONSES)} responses; "
        "buyer@example.org, supplier@example.org and supplier2@example.org"
    )
