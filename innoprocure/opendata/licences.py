"""The licences a resource (and the platform's own metadata) can carry, each identified by an IRI.

Resources store the short code; catalogues, feeds and dumps publish the IRI. IRIs come from the EU Vocabularies
licence table where it has one (what data.europa.eu and DCAT-AP harvesters expect), else from SPDX or Creative
Commons. "All rights reserved" has no public IRI: it is described on the platform's open-data page.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

EU_LICENCE = "http://publications.europa.eu/resource/authority/licence/"
ALL_RIGHTS_RESERVED = "all-rights-reserved"


@dataclass(frozen=True)
class Licence:
    code: str
    iri: str  # for ALL_RIGHTS_RESERVED: the anchor on the open-data page (see iri_of)
    label: str
    url: str  # a page a person can read
    open: bool  # reuse allowed without asking

    def __str__(self):
        return str(self.label)


LICENCES = [
    Licence(
        "cc-by-4.0",
        EU_LICENCE + "CC_BY_4_0",
        _("Creative Commons Attribution 4.0 (CC BY 4.0)"),
        "https://creativecommons.org/licenses/by/4.0/",
        True,
    ),
    Licence(
        "cc-by-sa-4.0",
        EU_LICENCE + "CC_BYSA_4_0",
        _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)"),
        "https://creativecommons.org/licenses/by-sa/4.0/",
        True,
    ),
    Licence(
        "cc0",
        EU_LICENCE + "CC0",
        _("Creative Commons Zero (CC0 1.0, public domain dedication)"),
        "https://creativecommons.org/publicdomain/zero/1.0/",
        True,
    ),
    Licence(
        "com-reuse",
        EU_LICENCE + "COM_REUSE",
        _("European Commission reuse notice (Decision 2011/833/EU)"),
        "https://eur-lex.europa.eu/eli/dec/2011/833/oj",
        True,
    ),
    Licence(
        "etalab-2.0",
        "http://spdx.org/licenses/etalab-2.0",
        _("Licence Ouverte / Open Licence 2.0 (Etalab)"),
        "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        True,
    ),
    Licence(
        "public-domain",
        "https://creativecommons.org/publicdomain/mark/1.0/",
        _("Public domain (official text free of copyright)"),
        "https://creativecommons.org/publicdomain/mark/1.0/",
        True,
    ),
    Licence(
        ALL_RIGHTS_RESERVED,
        "",
        _("All rights reserved (ask the publisher before reuse)"),
        "",
        False,
    ),
]

BY_CODE = {licence.code: licence for licence in LICENCES}
CHOICES = [(licence.code, licence.label) for licence in LICENCES]

# Free-text licences written before the list existed, and what they meant (lower case, spaces squeezed).
_FREE_TEXT = {
    "cc by 4.0": "cc-by-4.0",
    "cc-by 4.0": "cc-by-4.0",
    "cc-by-4.0": "cc-by-4.0",
    "cc by-sa 4.0": "cc-by-sa-4.0",
    "cc by sa 4.0": "cc-by-sa-4.0",
    "cc0": "cc0",
    "cc0 1.0": "cc0",
    "© european union, reuse authorised": "com-reuse",
    "© european union": "com-reuse",
    "licence ouverte 2.0": "etalab-2.0",
    "open licence 2.0": "etalab-2.0",
    "public domain": "public-domain",
    "all rights reserved": ALL_RIGHTS_RESERVED,
}


def code_from_text(text):
    """The code a free-text licence stands for, or "" when it cannot be told (then no licence is claimed)."""
    key = " ".join(str(text).split()).lower()
    if key in BY_CODE:
        return key
    if key in _FREE_TEXT:
        return _FREE_TEXT[key]
    for licence in LICENCES:
        if key and (key == licence.iri.lower() or key == licence.url.lower()):
            return licence.code
    return ""


def get(code):
    return BY_CODE.get(code)


def open_data_page_url():
    from django.urls import reverse
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("open_data")


def iri_of(code):
    """The IRI of the licence with this code (the open-data page's anchor for "all rights reserved")."""
    licence = BY_CODE[code]
    return licence.iri or f"{open_data_page_url()}#licence-{licence.code}"


def metadata_licence():
    """The licence of the platform's own metadata (catalogue, feeds, dumps, API): settings.OPEN_DATA_LICENCE."""
    return BY_CODE[settings.OPEN_DATA_LICENCE]
