"""Country codes for eForms notices: alpha-3 (what eForms uses) to alpha-2 (what the platform uses), an English name
for each, and the main IANA time zone of each country (to name the zone of a deadline).

From well-kept data rather than tables of our own: ISO 3166-1 from pycountry, names from the Unicode CLDR (Babel,
which also has them in every EU language), zones from the IANA zone.tab that the tzdata package ships (its first
zone for a country is the main one: Europe/Madrid before Africa/Ceuta).
"""

from importlib import resources

import pycountry
from babel import Locale

# eForms codes Kosovo XKX, a code ISO 3166-1 does not list; XK is the code the EU and CLDR use for it.
KOSOVO = {"alpha3": "XKX", "alpha2": "XK", "zone": "Europe/Belgrade"}


def _main_zones():
    zones = {}
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone = line.split("\t")[:3]
            zones.setdefault(code, zone)
    zones.setdefault(KOSOVO["alpha2"], KOSOVO["zone"])
    return zones


ALPHA3_TO_ALPHA2 = {country.alpha_3: country.alpha_2 for country in pycountry.countries}
ALPHA3_TO_ALPHA2[KOSOVO["alpha3"]] = KOSOVO["alpha2"]
_ENGLISH = Locale.parse("en").territories
NAMES = {code: _ENGLISH.get(code) or pycountry.countries.get(alpha_2=code).name for code in sorted(ALPHA3_TO_ALPHA2.values())}
MAIN_ZONES = _main_zones()


def alpha2(code):
    """The alpha-2 code for an eForms (alpha-3) or alpha-2 country code; "" when unknown."""
    code = (code or "").strip().upper()
    if len(code) == 2 and code in NAMES:
        return code
    return ALPHA3_TO_ALPHA2.get(code, "")


def country_name(code):
    return NAMES.get(alpha2(code), "")
