"""/api/v1/network: competence centres (filterable like the directory), knowledge-exchange meetings with their
papers, and the confirmed signatories of the Joint Ministerial Declaration."""

import datetime
from typing import Literal

from django.http import QueryDict
from django.utils.translation import gettext as _
from ninja import Path, Query, Router, Schema
from ninja.errors import HttpError

from innoprocure.api.conventions import (
    MAX_PAGE_SIZE,
    SLUG_PATTERN,
    CountryCode,
    ListOut,
    Slug,
    id_parameter,
    page_parameter,
    page_size_parameter,
    paginate,
    responses,
)
from innoprocure.network import directory
from innoprocure.network.models import (
    CentreStatus,
    CompetenceCentre,
    KnowledgeExchangeMeeting,
    confirmed_signatories,
    count_by_country,
)

router = Router(tags=["network"])


class CountryOut(Schema):
    code: str
    name: str


class CentreOut(Schema):
    slug: str
    name: str
    url: str
    country: CountryOut
    status: str
    status_label: str
    experience: str  # "experienced" or "new", after the secretariat's override
    established_year: int | None
    parent_organisation: str
    services: list[str]
    languages: list[str]
    website: str
    illustrative: bool  # invented for the demo: a fictional centre, labelled "Illustrative example" on its page


class CentreDetailOut(CentreOut):
    description: str
    track_record: str
    joined_on: datetime.date | None
    contact_name: str
    contact_email: str


class CentreList(ListOut):
    results: list[CentreOut]


class CentreLink(Schema):
    slug: str
    name: str
    country: str


class PaperOut(Schema):
    title: str
    summary: str
    authors: str
    publication_date: datetime.date
    document_url: str | None
    resource_url: str | None


class MeetingOut(Schema):
    number: int
    title: str
    topic: str
    date: datetime.date
    url: str
    host: CentreLink | None
    participants: list[CentreLink]
    summary: str
    paper: PaperOut | None


class SignatoryOut(Schema):
    ministry: str
    country: CountryOut
    signatory_name: str
    signatory_role: str
    date_signed: datetime.date | None


class CountryCount(Schema):
    country: CountryOut
    count: int


class MeetingList(ListOut):
    results: list[MeetingOut]


class SignatoryList(ListOut):
    by_country: list[CountryCount]
    results: list[SignatoryOut]


def country_out(country):
    return {"code": country.code, "name": country.name}


def centre_summary(request, centre):
    return {
        "slug": centre.slug,
        "name": centre.name,
        "url": request.build_absolute_uri(centre.get_absolute_url()),
        "country": country_out(centre.country),
        "status": centre.status,
        "status_label": str(centre.get_status_display()),
        "experience": "experienced" if centre.is_experienced else "new",
        "established_year": centre.established_year,
        "parent_organisation": centre.parent_organisation,
        "services": [service.slug for service in centre.services.all()],
        "languages": [language.code for language in centre.languages.all()],
        "website": centre.website,
        "illustrative": centre.illustrative,
    }


def centre_link(centre):
    return {"slug": centre.slug, "name": centre.name, "country": centre.country_id}


# Filters that may repeat (?country=AT&country=DE); defined once here as ninja reads them from the defaults.
COUNTRY_FILTER = Query(None, description="ISO 3166-1 alpha-2 code; repeat for several.")
STATUS_FILTER = Query(
    None, description=f"Repeat for several: {', '.join(CentreStatus.values)}. Without it, former members are left out."
)
SERVICE_FILTER = Query(None, description="A service slug; repeat for several.")


@router.get("/centres", response=responses(CentreList), summary="List competence centres")
def list_centres(
    request,
    country: list[CountryCode] = COUNTRY_FILTER,
    status: list[Literal[tuple(CentreStatus.values)]] = STATUS_FILTER,
    service: list[Slug] = SERVICE_FILTER,
    page: int = page_parameter(),
    page_size: int = page_size_parameter(default=MAX_PAGE_SIZE),
):
    params = QueryDict(mutable=True)
    params.setlist("country", country or [])
    params.setlist("status", status or [])
    params.setlist("service", service or [])
    filters = directory.parse_filters(params)
    # The schema admits only well-formed values; one that names no country or service the platform knows matches
    # no centre (alone in its filter: values of one filter combine with OR).
    chosen = {"country": filters.countries, "service": filters.services, "status": filters.statuses}
    matches_nothing = any(params.getlist(name) and not values for name, values in chosen.items())
    centres = [] if matches_nothing else directory.with_experience(directory.filter_centres(filters))
    results, page_envelope = paginate(request, centres, page, page_size)
    return {**page_envelope, "results": [centre_summary(request, centre) for centre in results]}


@router.get("/centres/{slug}", response=responses(CentreDetailOut, not_found=True), summary="One competence centre")
def centre_detail(request, slug: str = Path(..., pattern=SLUG_PATTERN)):
    centre = (
        CompetenceCentre.objects.select_related("country").prefetch_related("services", "languages").filter(slug=slug).first()
    )
    if centre is None:
        raise HttpError(404, _("No competence centre has this slug."))
    return {
        **centre_summary(request, centre),
        "description": centre.description,
        "track_record": centre.track_record,
        "joined_on": centre.joined_on,
        "contact_name": centre.contact_name,
        "contact_email": centre.contact_email,
    }


def meeting_out(request, meeting):
    paper = getattr(meeting, "paper", None)
    paper_out = None
    if paper is not None and paper.is_published:
        paper_out = {
            "title": paper.title,
            "summary": paper.summary,
            "authors": paper.authors,
            "publication_date": paper.publication_date,
            "document_url": request.build_absolute_uri(paper.document.url) if paper.document else None,
            "resource_url": request.build_absolute_uri(paper.resource.get_absolute_url())
            if paper.resource and paper.resource.live
            else None,
        }
    return {
        "number": meeting.number,
        "title": str(meeting.title),
        "topic": meeting.topic,
        "date": meeting.date,
        "url": request.build_absolute_uri(meeting.get_absolute_url()),
        "host": centre_link(meeting.host) if meeting.host else None,
        "participants": [centre_link(centre) for centre in meeting.participants.all()],
        "summary": meeting.summary,
        "paper": paper_out,
    }


def meetings_queryset():
    return KnowledgeExchangeMeeting.objects.select_related("host", "paper__document", "paper__resource").prefetch_related(
        "participants"
    )


@router.get("/meetings", response=responses(MeetingList), summary="Knowledge-exchange meetings, newest first")
def list_meetings(request, page: int = page_parameter(), page_size: int = page_size_parameter(default=MAX_PAGE_SIZE)):
    results, page_envelope = paginate(request, meetings_queryset().order_by("-number"), page, page_size)
    return {**page_envelope, "results": [meeting_out(request, meeting) for meeting in results]}


@router.get("/meetings/{int:number}", response=responses(MeetingOut, not_found=True), summary="One knowledge-exchange meeting")
def meeting_detail(request, number: int = id_parameter()):
    meeting = meetings_queryset().filter(number=number).first()
    if meeting is None:
        raise HttpError(404, _("No knowledge-exchange meeting has this number."))
    return meeting_out(request, meeting)


@router.get(
    "/signatories", response=responses(SignatoryList), summary="Confirmed signatories of the Joint Ministerial Declaration"
)
def list_signatories(request, page: int = page_parameter(), page_size: int = page_size_parameter(default=MAX_PAGE_SIZE)):
    signatories = confirmed_signatories()
    results, page_envelope = paginate(request, signatories, page, page_size)
    return {
        **page_envelope,
        "by_country": [{"country": country_out(item), "count": count} for item, count in count_by_country(signatories)],
        "results": [
            {
                "ministry": signatory.ministry,
                "country": country_out(signatory.country),
                "signatory_name": signatory.signatory_name,
                "signatory_role": signatory.signatory_role,
                "date_signed": signatory.date_signed,
            }
            for signatory in results
        ],
    }
