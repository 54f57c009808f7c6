"""A teaser is how any item shows up in a list on another page (the home page, search, related items)."""

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Teaser:
    title: str
    url: str
    summary: str = ""
    date: date | datetime | None = None
    kicker: str = ""  # a short label above the title: a type, a category, a status
    meta: list[str] = field(default_factory=list)  # extra facts: place, deadline, country …
    illustrative: bool = False  # invented demo content: the card shows the "Illustrative example" label
    language: str = ""  # the language the title and summary are written in; empty: the editors' language (English)
    image: dict | None = None  # innoprocure.core.images.card_image(): src, srcset, sizes, width, height, alt
