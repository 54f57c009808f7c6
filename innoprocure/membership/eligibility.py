"""The four requirements a competence centre must meet to join the network, and the self-check against them."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

Text = str | Promise  # a string, or one translated when shown


@dataclass(frozen=True)
class Requirement:
    key: str
    title: Text
    description: Text
    question: Text
    evidence_help: Text
    if_not_met: Text


REQUIREMENTS = [
    Requirement(
        key="mandate",
        title=_("An official government mandate"),
        description=_(
            "The national government has officially mandated the organisation to run a competence centre for "
            "innovation procurement."
        ),
        question=_(
            "Has your national government officially mandated your organisation to run a competence centre for "
            "innovation procurement?"
        ),
        evidence_help=_(
            "Name the act, decision, strategy or letter that gives the mandate, who issued it and when. Attach it if you can."
        ),
        if_not_met=_(
            "Membership is reserved for centres with a national mandate. Talk to the ministry in charge of public "
            "procurement or innovation policy about designating a competence centre; until then you are welcome at "
            "the network's open events and in the Resource Centre."
        ),
    ),
    Requirement(
        key="resources",
        title=_("A dedicated budget and resources"),
        description=_("The centre has its own budget and resources: staff, a website and offices."),
        question=_("Does the centre have a dedicated budget and resources of its own: staff, a website and offices?"),
        evidence_help=_(
            "Give the yearly budget, the number of staff (full-time equivalents), the website address and where the "
            "centre's offices are."
        ),
        if_not_met=_(
            "A centre needs people and money set aside for it before it can take part fully. Secure a budget line and "
            "at least a small dedicated team, then apply."
        ),
    ),
    Requirement(
        key="investment",
        title=_("Able and willing to invest in the network"),
        description=_("The centre can and will invest time and budget in the network: meetings, joint papers, peer support."),
        question=_(
            "Can and will the centre invest time and budget in the network's work, such as knowledge-exchange "
            "meetings and joint papers?"
        ),
        evidence_help=_(
            "Say who will take part in the network, how many days a year, and what travel or project budget is set aside."
        ),
        if_not_met=_(
            "Members share the work of the network. Agree internally how much time and budget the centre can give "
            "before applying; the secretariat can explain what is usually expected."
        ),
    ),
    Requirement(
        key="commitment",
        title=_("Committed at institutional level"),
        description=_("The organisation is committed at institutional level to take part in the network in the future."),
        question=_(
            "Is your organisation committed at institutional level (its management or ministry) to take part in the "
            "network in the years ahead?"
        ),
        evidence_help=_(
            "Describe the decision or letter by the management or the ministry that commits the organisation to the network."
        ),
        if_not_met=_(
            "The network depends on members that stay. Ask your management or ministry for a written commitment to "
            "take part, then apply."
        ),
    ),
]

REQUIREMENTS_BY_KEY = {requirement.key: requirement for requirement in REQUIREMENTS}


def unmet_requirements(answers: Mapping[str, bool | None]) -> list[Requirement]:
    """The requirements answered "no" (or not answered) in `answers`, a {requirement key: bool} mapping."""
    return [requirement for requirement in REQUIREMENTS if not answers.get(requirement.key)]
