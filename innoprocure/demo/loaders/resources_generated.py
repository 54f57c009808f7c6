"""Demo resources built from structured facts — buyers, challenges, procedures — with varied sentences in eight
languages, so that the Resource Centre has a realistic spread without a hundred copies of one text.

Everything is deterministic: the same call returns the same entries, so the loader stays idempotent.
"""

import random
from datetime import date

from innoprocure.demo.documents import read_toml
from innoprocure.demo.loaders import resources_attachments as demo_attachments
from innoprocure.demo.loaders.resources_data import PLATFORM, entry

# The inputs are in content/resources/generated.toml: fictional buyers in fictional places, challenges in eight
# languages, sentence patterns per language and the attachments. Every generated entry is labelled "Illustrative
# example": nothing in it may be read as a fact about a real organisation.
_DATA = read_toml("resources/generated.toml")
LANGUAGES = list(_DATA["lang"])

# language -> [(buyer, city, country code, kind)]
BUYERS = {language: [tuple(buyer) for buyer in buyers] for language, buyers in _DATA["buyers"].items()}


def _challenge(spec):
    """A challenge; per language (topic, problem, solution, benefit)."""
    return {key: tuple(value) if key in LANGUAGES else value for key, value in spec.items()}


CHALLENGES = [_challenge(spec) for spec in _DATA["challenges"]]
CHALLENGES_EN = [_challenge(spec) for spec in _DATA["challenges_en"]]
APPROACHES = _DATA["approaches"]
LANG = _DATA["lang"]

# (sector of the resource it belongs to, format, title, model, finding); see generated.toml.
GENERATED_ATTACHMENTS = [
    (item["sector"], item["format"], item["title"], item["model"], item["finding"]) for item in _DATA["attachments"]
]

TYPES_EN = ["case-study", "guidance", "report", "tool", "training", "policy", "project", "case-study"]
TYPES_OTHER = ["case-study", "guidance", "report", "tool", "training", "policy", "project"]
ENGLISH_COUNT = 72
PER_OTHER_LANGUAGE = 7


def _slug(text, used):
    from django.utils.text import slugify

    base = slugify(text, allow_unicode=False)[:80].strip("-") or "resource"
    slug, number = base, 2
    while slug in used:
        slug = f"{base}-{number}"
        number += 1
    used.add(slug)
    return slug


def _fill(template, facts):
    return template.format(**facts)


def _facts(language, challenge, buyer, year, rng, n_countries=3):
    topic, problem, solution, benefit = challenge[language]
    words = LANG[language]
    approach_code = rng.choice(APPROACHES)
    return approach_code, {
        "buyer": buyer[0],
        "city": buyer[1],
        "topic": topic,
        "Topic": topic[:1].upper() + topic[1:],
        "topic_lc": topic[:1].lower() + topic[1:] if language not in ("de",) else topic,
        "problem": problem,
        "solution": solution,
        "benefit": benefit,
        "year": year,
        "year_end": year + rng.choice([3, 4, 5]),
        "approach": words["approach"][approach_code],
        "approach_short": {"ppi": "PPI", "pcp": "PCP", "both": "PCP and PPI", "other": "innovation challenge"}[approach_code],
        "procedure": rng.choice(words["procedures"]),
        "consultation": rng.choice(words["consultation"]),
        "n": rng.randint(6, 38),
    }


def _english_body(kind, facts, rng):
    words = LANG["en"]
    paragraphs = []
    if kind == "case-study":
        paragraphs = [
            rng.choice(words["context"]),
            rng.choice(words["market"]),
            rng.choice(words["procedure"]),
            rng.choice(words["result"]),
            rng.choice(words["lesson"]),
        ]
    elif kind == "guidance":
        paragraphs = rng.sample(words["guidance"], 4)
    elif kind == "report":
        paragraphs = [rng.choice(words["context"][2:])] + words["report"]
    elif kind == "tool":
        paragraphs = [
            "The template follows the steps of a tender: a description of the need, functional requirements, award "
            "criteria with their weights, and contract clauses for the pilot and for scaling up.",
            "Requirements are written as outcomes — {benefit} — so that bidders can propose {solution} or any other "
            "approach that achieves the result.",
            "Adapt the figures in square brackets to your situation and delete the explanatory notes before publishing.",
        ]
    elif kind == "training":
        paragraphs = [
            "The session starts with the problem: {problem}. Participants then map who is affected and how success "
            "would be measured.",
            "In groups they draft the questions for a market consultation and rewrite a product-based requirement as a "
            "functional one.",
            "The last part is a role play of a negotiation with bidders, followed by a discussion of the contract's pilot phase.",
        ]
    elif kind == "policy":
        paragraphs = [
            rng.choice(words["context"]),
            "The strategy commits the organisation to consult the market before every tender above the EU thresholds "
            "in this field, to use life-cycle costing, and to reserve budget for pilots.",
            "Progress will be reported every year, with indicators on the share of tenders using functional "
            "requirements and on the results achieved: {benefit}.",
        ]
    else:  # a project
        paragraphs = [rng.choice(words["project"]), rng.choice(words["market"]), rng.choice(words["result"])]
    return [_fill(paragraph, facts) for paragraph in paragraphs]


def _other_body(language, facts, rng):
    words = LANG[language]
    paragraphs = [
        rng.choice(words["context"]),
        rng.choice(words["market"]),
        rng.choice(words["procedure"]),
        rng.choice(words["result"]),
    ]
    return [_fill(paragraph, facts) for paragraph in paragraphs]


def _title(language, kind, facts, rng):
    titles = LANG[language]["titles"]
    return _fill(rng.choice(titles.get(kind) or titles["case-study"]), facts)


def _summary(language, kind, facts, rng):
    summaries = LANG[language]["summaries"]
    return _fill(rng.choice(summaries.get(kind) or summaries["default"]), facts)


def _suitable_buyers(buyers, challenge):
    """Hospitals for health challenges, transport bodies also for mobility, cities and regions for the rest."""
    sectors = set(challenge["sectors"])
    if "health-care" in sectors:
        kinds = {"hospital", "region"}
    elif "mobility" in sectors:
        kinds = {"city", "region", "transport authority", "road authority"}
    else:
        kinds = {"city", "region", "central purchasing body"}
    return [buyer for buyer in buyers if buyer[3] in kinds] or buyers


def _project_fields(buyers, rng, year, language):
    partners = rng.sample(buyers, min(3, len(buyers)))
    start = date(year, rng.choice([1, 3, 9]), 1)
    end = date(year + rng.choice([2, 3, 4]), rng.choice([6, 12]), 28)
    return partners, start, end


def generated_entries(used_slugs):
    """About 120 entries, reproducible: the same list every time."""
    rng = random.Random(20240611)
    entries = []
    years = list(range(2008, 2027))
    all_challenges = CHALLENGES + CHALLENGES_EN

    plan = [("en", index) for index in range(ENGLISH_COUNT)]
    for language in ("de", "fr", "es", "it", "nl", "el", "pt"):
        plan += [(language, index) for index in range(PER_OTHER_LANGUAGE)]

    for position, (language, index) in enumerate(plan):
        if language == "en":
            # The type shifts with every round through the challenges, so no challenge repeats with the same type.
            kind = TYPES_EN[(index + index // len(all_challenges)) % len(TYPES_EN)]
            challenge = all_challenges[(index * 7) % len(all_challenges)]
        else:
            kind = TYPES_OTHER[index % len(TYPES_OTHER)]
            challenge = CHALLENGES[(index * 3 + len(language)) % len(CHALLENGES)]
        buyers = _suitable_buyers(BUYERS[language], challenge)
        buyer = buyers[(index * 5 + position + index // len(all_challenges)) % len(buyers)]
        year = years[(position * 7) % len(years)]
        approach, facts = _facts(language, challenge, buyer, year, rng)

        countries = [buyer[2]]
        partners, start, end = (), None, None
        if kind == "project":
            pool = _suitable_buyers(BUYERS["en"] if language == "en" else BUYERS[language] + BUYERS["en"], challenge)
            partner_buyers, start, end = _project_fields([item for item in pool if item != buyer], rng, year, language)
            partner_buyers = [buyer] + partner_buyers
            partners = [f"{name} ({code})" for name, _city, code, _kind in partner_buyers]
            countries = sorted({code for _name, _city, code, _kind in partner_buyers})
            facts["n"] = len(countries)
        elif kind in ("guidance", "report", "tool", "training") and rng.random() < 0.4:
            countries = sorted({buyer[2], rng.choice(BUYERS[language])[2], "EU"})

        title = _title(language, kind, facts, rng)
        summary = _summary(language, kind, facts, rng)
        body = _english_body(kind, facts, rng) if language == "en" else _other_body(language, facts, rng)

        stages = list(challenge["stages"])
        if rng.random() < 0.5:
            extra = rng.choice(
                ["needs-assessment", "market-engagement", "tender-design", "award", "contract-management", "impact"]
            )
            if extra not in stages:
                stages.append(extra)
        languages = [language] + (["en"] if language != "en" and rng.random() < 0.3 else [])
        publisher = buyer[0] if kind in ("case-study", "policy", "project") else rng.choice([buyer[0], PLATFORM])
        entries.append(
            entry(
                _slug(title, used_slugs),
                kind,
                approach,
                year,
                language,
                title,
                summary,
                body,
                sectors=challenge["sectors"],
                stages=stages,
                countries=countries,
                languages=languages,
                publisher=publisher,
                tags=challenge["tags"][: 1 + position % 2],
                licence="cc-by-4.0",  # the platform wrote every illustrative case
                partners=partners,
                start=start,
                end=end,
                attachments=[],
                illustrative=True,
            )
        )
    _attach_documents(entries)
    return entries


def _attach_documents(entries):
    for sector, kind, title, model, finding in GENERATED_ATTACHMENTS:
        for item in entries:
            if sector in item["sectors"] and not item["attachments"] and item["resource_type"] != "project":
                item["attachments"].append((kind, title, demo_attachments.document(item, kind, title, model, finding)))
                break
