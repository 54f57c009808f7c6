"""The network's tile-grid maps of Europe (core/tilemap.py), built from figures the caller has already queried."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from innoprocure.core import tilemap
from innoprocure.core.models import Country


def centre_map(spread):
    """The tile-grid map of the centres (core/tilemap.py); each country with centres links to them in the list."""
    counts = {item.code: item.count for item in spread}
    names = dict(Country.objects.filter(code__in=tilemap.TILE_GRID).values_list("code", "name"))
    total = sum(counts.values())
    directory = reverse("network:directory")
    result = tilemap.tile_map(
        counts,
        key="tile-map",
        title=_("Competence centres by country"),
        description=_(
            "Tile map of Europe, one square per country. %(total)s centres in %(countries)s countries; "
            "darker squares have more centres. The table below gives the same figures."
        )
        % {"total": total, "countries": len(spread)},
        legend=[_("no centre"), _("1 centre"), _("2 centres"), _("3 or more")],
        link=lambda code: f"{directory}?country={code}#results-heading",
        labels=lambda code, count: (
            ngettext("%(country)s (%(code)s): %(count)s centre", "%(country)s (%(code)s): %(count)s centres", count)
            % {"country": names.get(code, code), "code": code, "count": count}
        ),
        names=names,
    )
    result["outside"] = [item for item in spread if item.code not in tilemap.TILE_GRID]
    return result


def signatory_map(counts_by_country):
    """The tile map of the signatories (core/tilemap.py) from count_by_country(): no further query."""
    counts = {country.code: count for country, count in counts_by_country}
    on_map = [count for code, count in counts.items() if code in tilemap.TILE_GRID]
    result = tilemap.tile_map(
        counts,
        key="signatory-map",
        title=_("Signatories by country"),
        description=_(
            "Tile map of Europe, one square per country. %(total)s signatories in %(countries)s countries; darker "
            "squares have more signatories. The table beside it gives the same figures."
        )
        % {"total": sum(on_map), "countries": len(on_map)},
        legend=[_("no signatory"), _("1 signatory"), _("2 signatories"), _("3 or more")],
    )
    result["outside"] = [
        {"name": country.name, "count": count} for country, count in counts_by_country if country.code not in tilemap.TILE_GRID
    ]
    return result
