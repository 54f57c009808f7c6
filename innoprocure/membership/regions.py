"""The four European regions in which the balance report shows the network's geographic spread.

The grouping is the United Nations' M49 geoscheme (the statistical sub-regions of Europe, as the UN Statistics
Division publishes them: https://unstats.un.org/unsd/methodology/m49/), with one adjustment so that every country
the platform lists falls in one of the four: M49 places Cyprus, Türkiye and Georgia in Western Asia; here Cyprus
and Türkiye count in Southern Europe, Georgia in Eastern Europe. docs/membership.md explains how the report uses it.
"""

from django.utils.translation import gettext_lazy as _

NORTHERN, WESTERN, SOUTHERN, EASTERN = "northern", "western", "southern", "eastern"

REGION_NAMES = {
    NORTHERN: _("Northern Europe"),
    WESTERN: _("Western Europe"),
    SOUTHERN: _("Southern Europe"),
    EASTERN: _("Eastern Europe"),
}

REGION_OF_COUNTRY = {
    # Northern Europe
    **dict.fromkeys(["DK", "EE", "FI", "IS", "IE", "LV", "LT", "NO", "SE", "GB"], NORTHERN),
    # Western Europe
    **dict.fromkeys(["AT", "BE", "FR", "DE", "LI", "LU", "NL", "CH"], WESTERN),
    # Southern Europe (Cyprus and Türkiye added, see above)
    **dict.fromkeys(["AL", "BA", "HR", "GR", "IT", "MT", "ME", "MK", "PT", "RS", "SI", "ES", "CY", "TR"], SOUTHERN),
    # Eastern Europe (Georgia added, see above)
    **dict.fromkeys(["BG", "CZ", "HU", "MD", "PL", "RO", "SK", "UA", "GE"], EASTERN),
}


def region_of(country_code):
    """The region key of an ISO 3166-1 alpha-2 code, or None for a code outside the grouping (e.g. "EU")."""
    return REGION_OF_COUNTRY.get((country_code or "").upper())
