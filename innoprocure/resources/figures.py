"""The listed resources in figures: charts by type and by publication year, from the counts the search already made
for the filter panel (no further query). Like the panel's counts, each chart counts the resources that match the
words and every other filter, so that a chosen type does not hide the others from the chart by type."""

from django.utils.translation import gettext as _

from innoprocure.core import charts

YEARS_SHOWN = 10  # the most recent years with resources; older ones are counted together as "earlier"


def figures(results):
    types = [(value.label, value.count) for value in results.facets.get("type", []) if value.count]
    types.sort(key=lambda row: (-row[1], row[0]))
    years = sorted(
        ((int(value.value), value.count) for value in results.facets.get("year", []) if value.count and value.value.isdigit()),
        reverse=True,
    )
    year_rows = [(str(year), count) for year, count in sorted(years[:YEARS_SHOWN])]
    earlier = sum(count for _year, count in years[YEARS_SHOWN:])
    if earlier:
        year_rows.insert(0, (_("Earlier"), earlier))
    return {
        "by_type": charts.bar_chart(
            "resources-by-type", title=_("Resources by type"), rows=types, label_heading=_("Type"), count_heading=_("Resources")
        ),
        "by_year": charts.bar_chart(
            "resources-by-year",
            title=_("Resources by year of publication"),
            rows=year_rows,
            label_heading=_("Year"),
            count_heading=_("Resources"),
        ),
    }
