"""The member directory: people who chose to be found, by country, sector and expertise."""

from dataclasses import dataclass, field

from django.db.models import Q

from innoprocure.forum.models import ForumProfile
from innoprocure.forum.people import display_name


@dataclass
class Result:
    profiles: object
    ignored: list = field(default_factory=list)  # filter names whose value was not understood


def search(form):
    profiles = (
        ForumProfile.objects.filter(visible=True, user__is_active=True)
        .select_related("user__profile__country")
        .prefetch_related("sectors", "user__profile__languages")
        .order_by("user__last_name", "user__first_name", "handle")
    )
    if form.is_bound and not form.is_valid():
        ignored = [form.fields[name].label for name in form.errors]
        return Result(_filtered(profiles, form.cleaned_data), ignored)
    return Result(_filtered(profiles, form.cleaned_data if form.is_bound else {}))


def _filtered(profiles, data):
    if data.get("q"):
        for word in data["q"].split()[:5]:
            profiles = profiles.filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(expertise__icontains=word)
                | Q(user__profile__organisation__icontains=word)
            )
    if data.get("country"):
        profiles = profiles.filter(user__profile__country=data["country"])
    if data.get("sector"):
        profiles = profiles.filter(sectors=data["sector"])
    return profiles


def card(profile):
    """What the directory shows about a person: only what they agreed to show (name, organisation, country,
    expertise, languages, sectors)."""
    account = getattr(profile.user, "profile", None)
    return {
        "name": display_name(profile.user),
        "handle": profile.handle,
        "organisation": account.organisation if account else "",
        "country": account.country.name if account and account.country else "",
        "languages": [language.name for language in account.languages.all()] if account else [],
        "expertise": profile.expertise,
        "sectors": [sector.name for sector in profile.sectors.all()],
    }
