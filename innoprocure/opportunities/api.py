"""/api/v1/opportunities: published opportunities with the listing's filters; open ones by default, soonest
deadline first; status=closed for the archive."""

import datetime
import re
from decimal import Decimal
from typing import Annotated, Literal

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import StringConstraints

from innoprocure.api.conventions import (
    ListOut,
    country_parameter,
    id_parameter,
    page_parameter,
    page_size_parameter,
    paginate,
    responses,
    slug_parameter,
    text_parameter,
)
from innoprocure.core.filtering import FALSE_VALUES, TRUE_VALUES
from innoprocure.core.timezones import get_zone
from innoprocure.opportunities import status as status_rules
from innoprocure.opportunities.filters import MAX_QUERY_LENGTH, OpportunityFilter
from innoprocure.opportunities.flags import GROUP_LABELS
from innoprocure.opportunities.models import Opportunity, OpportunityType, index_url

router = Router(tags=["opportunities"])

FLAG_PATTERN = rf"^({'|'.join(map(re.escape, GROUP_LABELS))}):[^\u0000]+$"  # what flags.is_valid_code accepts
FlagCode = Annotated[str, StringConstraints(pattern=FLAG_PATTERN, max_length=64)]


class LotOut(Schema):
    lot_id: str
    title: str
    description: str
    deadline: datetime.datetime | None
    deadline_kind: str
    deadlines: list[dict]
    cpv_codes: list[str]
    estimated_value: Decimal | None
    framework_maximum: Decimal | None
    currency: str


class OpportunityOut(Schema):
    id: int
    slug: str
    title: str
    url: str
    type: str
    type_label: str
    status: str
    status_label: str
    organisation: str
    country: str | None
    budget: Decimal | None
    currency: str
    deadline: datetime.datetime | None
    deadline_kind: str
    open_until: datetime.datetime | None
    deadline_timezone: str
    procedure: str
    cpv_codes: list[str]
    sectors: list[str]
    approach: str
    is_innovation: bool
    flags: list[str]
    source: str
    link: str
    summary: str
    how_to_respond: str
    illustrative: bool  # invented demo content about a fictional buyer, labelled "Illustrative example"


class OpportunityDetailOut(OpportunityOut):
    organisation_url: str
    buyers: list[str]
    framework_maximum: Decimal | None
    response_url: str
    contact_email: str
    expected_call_date: datetime.date | None
    place_of_performance: str
    awarded: bool
    award_note: str
    ted_notice_id: str
    ted_procedure_id: str
    ted_notice_type: str
    notice_language: str
    publication_date: datetime.date | None
    titles: dict[str, str]
    descriptions: dict[str, str]
    lots: list[LotOut]


class OpportunityList(ListOut):
    results: list[OpportunityOut]


def _local(value, opportunity):
    if value is None:
        return None
    return timezone.localtime(value, get_zone(opportunity.deadline_timezone, timezone.get_default_timezone()))


def summary(request, opportunity, base):
    status = opportunity.status_at()
    return {
        "id": opportunity.pk,
        "slug": opportunity.slug,
        "title": opportunity.title,
        "url": request.build_absolute_uri(f"{base}{opportunity.slug}/"),
        "type": opportunity.opportunity_type,
        "type_label": str(opportunity.get_opportunity_type_display()),
        "status": status.code,
        "status_label": str(status.label),
        "organisation": opportunity.organisation,
        "country": opportunity.country_id,
        "budget": opportunity.budget,
        "currency": opportunity.currency,
        "deadline": _local(opportunity.deadline, opportunity),
        "deadline_kind": opportunity.deadline_kind,
        "open_until": _local(opportunity.valid_until, opportunity) if opportunity.deadline is None else None,
        "deadline_timezone": opportunity.deadline_timezone,
        "procedure": opportunity.procedure,
        "cpv_codes": [str(code) for code in opportunity.cpv_codes or []],
        "sectors": [sector.slug for sector in opportunity.sectors.all()],
        "approach": opportunity.approach,
        "is_innovation": opportunity.is_innovation,
        "flags": [flag.code for flag in opportunity.flags.all()],
        "source": opportunity.source,
        "link": opportunity.url,
        "summary": opportunity.summary,
        "how_to_respond": opportunity.how_to_respond,
        "illustrative": opportunity.illustrative,
    }


@router.get("", response=responses(OpportunityList), summary="List opportunities")
def list_opportunities(
    request,
    type: Literal[tuple(OpportunityType.values)] | None = Query(None),  # the public parameter name
    country: str | None = country_parameter(),
    status: Literal[tuple(status_rules.STATUSES)] | None = Query(
        None, description="open, closing-soon (deadline within 14 days) or closed. Default: open and closing soon."
    ),
    sector: str | None = slug_parameter("A sector slug, e.g. health-care."),
    innovation: Literal[tuple(sorted(TRUE_VALUES | FALSE_VALUES - {""}))] | None = Query(
        None, description="1: innovation procurement only."
    ),
    flag: list[FlagCode] | None = Query(  # noqa: B008
        None, description="Innovation flag codes, e.g. procedure:innovation; repeat for several."
    ),
    q: str | None = text_parameter("Words in the title, summary or organisation.", MAX_QUERY_LENGTH),
    page: int = page_parameter(),
    page_size: int = page_size_parameter(),
):
    queryset = Opportunity.objects.select_related("country").prefetch_related("sectors", "flags")
    opportunities = OpportunityFilter(request.GET, queryset, program=True).check().qs
    results, page_envelope = paginate(request, opportunities, page, page_size)
    base = index_url()
    return {**page_envelope, "results": [summary(request, opportunity, base) for opportunity in results]}


@router.get("/{int:opportunity_id}", response=responses(OpportunityDetailOut, not_found=True), summary="One opportunity")
def opportunity_detail(request, opportunity_id: int = id_parameter()):
    opportunity = (
        Opportunity.objects.filter(live=True, pk=opportunity_id)
        .select_related("country")
        .prefetch_related("sectors", "flags", "lots")
        .first()
    )
    if opportunity is None:
        raise HttpError(404, _("No published opportunity has this id."))
    request.api_last_modified = opportunity.updated_at
    return {
        **summary(request, opportunity, index_url()),
        "organisation_url": opportunity.organisation_url,
        "buyers": [str(buyer) for buyer in opportunity.buyers or []],
        "framework_maximum": opportunity.framework_maximum,
        "response_url": opportunity.response_url,
        "contact_email": opportunity.contact_email,
        "expected_call_date": opportunity.expected_call_date,
        "place_of_performance": opportunity.place_of_performance,
        "awarded": opportunity.awarded,
        "award_note": opportunity.award_note,
        "ted_notice_id": opportunity.ted_notice_id,
        "ted_procedure_id": opportunity.ted_procedure_id,
        "ted_notice_type": opportunity.ted_notice_type,
        "notice_language": opportunity.notice_language,
        "publication_date": opportunity.publication_date,
        "titles": {str(code): str(text) for code, text in (opportunity.titles or {}).items()},
        "descriptions": {str(code): str(text) for code, text in (opportunity.descriptions or {}).items()},
        "lots": [
            {
                "lot_id": lot.lot_id,
                "title": lot.title,
                "description": lot.description,
                "deadline": _local(lot.deadline, opportunity),
                "deadline_kind": lot.deadline_kind,
                "deadlines": [dict(entry) for entry in lot.deadlines or []],
                "cpv_codes": [str(code) for code in lot.cpv_codes or []],
                "estimated_value": lot.estimated_value,
                "framework_maximum": lot.framework_maximum,
                "currency": lot.currency,
            }
            for lot in opportunity.lots.all()
        ],
    }
