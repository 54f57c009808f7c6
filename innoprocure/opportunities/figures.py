"""The opportunities in figures, beside the listing: a tile map by country and charts by type and deadline month.

All three come from one grouped query of the opportunities the listing shows (its filters applied), so the map,
the charts and their tables always agree with each other and with the number of results.
"""

from collections import Counter

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from innoprocure.core import charts, tilemap
from innoprocure.opportunities.models import OpportunityType

MONTHS_SHOWN = 12  # deadlines further away are counted together as "later"


def counts(queryset):
    """(by country {code: (name, n)}, by type Counter, by deadline month Counter with None for no deadline)."""
    rows = (
        queryset.order_by()
        .values("country_id", "country__name", "opportunity_type", month=TruncMonth("deadline"))
        .annotate(number=Count("id"))
    )
    by_country, by_type, by_month = {}, Counter(), Counter()
    for row in rows:
        if row["country_id"]:
            name, number = by_country.get(row["country_id"], (row["country__name"], 0))
            by_country[row["country_id"]] = (name, number + row["number"])
        by_type[row["opportunity_type"]] += row["number"]
        month = row["month"]
        by_month[month.date() if month is not None and hasattr(month, "date") else month] += row["number"]
    return by_country, by_type, by_month


def figures(queryset, listing_url=""):
    by_country, by_type, by_month = counts(queryset)
    country_rows = sorted(((name, number, code) for code, (name, number) in by_country.items()), key=lambda row: row[0])
    on_map = [(number, code) for _name, number, code in country_rows if code in tilemap.TILE_GRID]
    map_data = tilemap.tile_map(
        {code: number for _name, number, code in country_rows},
        key="opportunity-map",
        title=_("Opportunities by country"),
        description=_(
            "Tile map of Europe, one square per country. %(total)s opportunities in %(countries)s countries; darker "
            "squares have more. The table beside it gives the same figures."
        )
        % {"total": sum(number for number, _code in on_map), "countries": len(on_map)},
        legend=[_("none"), _("1 or 2"), _("3 to 5"), _("6 or more")],
        steps=(1, 3, 6),
        names={code: name for name, _number, code in country_rows},
    )
    map_data["outside"] = [
        {"name": name, "count": number} for name, number, code in country_rows if code not in tilemap.TILE_GRID
    ]
    type_rows = [(label, by_type[value]) for value, label in OpportunityType.choices if by_type.get(value)]
    dated = sorted(month for month in by_month if month is not None)
    month_rows = [(date_format(month, "F Y"), by_month[month]) for month in dated[:MONTHS_SHOWN]]
    later = sum(by_month[month] for month in dated[MONTHS_SHOWN:])
    if later:
        month_rows.append((_("Later"), later))
    if by_month.get(None):
        month_rows.append((_("No deadline"), by_month[None]))
    return {
        "map": map_data,
        "countries": [(name, number) for name, number, _code in country_rows],
        "by_type": charts.bar_chart(
            "opportunities-by-type",
            title=_("Opportunities by type"),
            rows=type_rows,
            label_heading=_("Type"),
            count_heading=_("Opportunities"),
        ),
        "by_month": charts.bar_chart(
            "opportunities-by-month",
            title=_("Opportunities by deadline month"),
            rows=month_rows,
            label_heading=_("Deadline"),
            count_heading=_("Opportunities"),
        ),
        "total": sum(by_type.values()),
    }
