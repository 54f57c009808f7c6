"""The alerts pages: saving a search from a listing, the management page, follows, unsubscribe, the private feed.
Rules are in services.py, matching.py, digests.py and reminders.py; these views only check and call them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from innoprocure.alerts import mail, matching, reminders, services
from innoprocure.alerts.feeds import PrivateFeed, new_items, personal_calendar
from innoprocure.alerts.forms import AlertSettingsForm, EditSearchForm, SavedSearchForm
from innoprocure.alerts.models import MAX_SAVED_SEARCHES, AlertSettings, Follow, FollowKind, Kind, SavedSearch
from innoprocure.core.ratelimit import ratelimit

MANAGE_LABEL = gettext_lazy("My alerts")


def _breadcrumbs(*extra):
    return [
        {"label": _("My account"), "url": reverse("account_profile")},
        {"label": MANAGE_LABEL, "url": reverse("alerts:manage")},
        *extra,
    ]


def _private(response):
    patch_cache_control(response, no_store=True, private=True)
    return response


@login_required
def manage(request):
    user = request.user
    preference = mail.settings_of(user)
    searches = list(SavedSearch.objects.filter(user=user).order_by("name", "pk"))
    for search in searches:
        search.listing = Kind(search.kind).label
        search.filters = matching.describe(search.kind, search.query)
        search.open_url = matching.listing_path(search.kind, search.query)
        search.feed_path = reverse("alerts:feed_search", args=[preference.feed_token, search.pk])
    context = {
        "searches": searches,
        "limit": MAX_SAVED_SEARCHES,
        "settings_form": AlertSettingsForm(instance=preference, initial={"language": mail.language_of(preference)}),
        "feed_url": mail.site_url(reverse("alerts:feed", args=[preference.feed_token])),
        "calendar_url": mail.site_url(reverse("alerts:calendar", args=[preference.feed_token])),
        "follows": _follows(user),
        "recent": new_items(searches, limit=10, reader=user) if searches else [],
        "breadcrumbs": _breadcrumbs()[:1] + [{"label": MANAGE_LABEL, "url": ""}],
    }
    return _private(render(request, "alerts/manage.html", context))


def _follows(user):
    rows = list(Follow.objects.filter(user=user).order_by("-created_at"))
    shown = []
    for follow_kind, kind in reminders.KIND_OF_FOLLOW.items():
        objects = matching.items(kind, {row.object_id for row in rows if row.kind == follow_kind})
        for row in rows:
            if row.kind == follow_kind and row.object_id in objects:
                shown.append({"follow": row, **matching.facts(kind, objects[row.object_id])})
    return shown


@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    """ "Alert me" from a listing: ?kind=opportunities&query=<the listing's query string>."""
    source = request.POST if request.method == "POST" else request.GET
    kind, query = source.get("kind", ""), source.get("query", "")
    try:
        query = matching.clean(kind, query, user=request.user)
    except matching.SearchProblem as problem:
        return _private(render(request, "alerts/problem.html", {"problem": problem, "breadcrumbs": _breadcrumbs()}, status=400))
    form = SavedSearchForm(request.POST if request.method == "POST" else None, user=request.user, kind=kind)
    if request.method == "GET":
        form.initial["name"] = _default_name(kind, query)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            search = services.save_search(
                request.user, kind, query, data["name"], data["frequency"], data["delivery"], replace=form.replaced()
            )
        except services.LimitReached as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your alert “%(name)s” is saved.") % {"name": search.name})
            return redirect("alerts:manage")
    context = {
        "form": form,
        "kind": kind,
        "query": query,
        "listing": Kind(kind).label,
        "filters": matching.describe(kind, query),
        "listing_url": matching.listing_path(kind, query),
        "breadcrumbs": _breadcrumbs({"label": _("New alert"), "url": ""}),
    }
    return _private(render(request, "alerts/new.html", context))


def _default_name(kind, query):
    return f"{Kind(kind).label}: {matching.describe(kind, query)}"[:120]


def _own_search(request, pk):
    return get_object_or_404(SavedSearch, pk=pk, user=request.user)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    search = _own_search(request, pk)
    form = EditSearchForm(request.POST or None, instance=search)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your alert “%(name)s” is saved.") % {"name": search.name})
        return redirect("alerts:manage")
    context = {
        "form": form,
        "search": search,
        "listing": Kind(search.kind).label,
        "filters": matching.describe(search.kind, search.query),
        "open_url": matching.listing_path(search.kind, search.query),
        "breadcrumbs": _breadcrumbs({"label": search.name, "url": ""}),
    }
    return _private(render(request, "alerts/edit.html", context))


@login_required
@require_POST
def change(request, pk, action):
    search = _own_search(request, pk)
    if action == "pause":
        services.pause(search)
        messages.success(request, _("“%(name)s” is paused: no e-mails until you resume it.") % {"name": search.name})
    elif action == "resume":
        services.resume(search)
        messages.success(request, _("“%(name)s” is on again.") % {"name": search.name})
    elif action == "delete":
        search.delete()
        messages.success(request, _("“%(name)s” is deleted.") % {"name": search.name})
    else:
        raise Http404
    return redirect("alerts:manage")


@login_required
@require_POST
def save_settings(request):
    form = AlertSettingsForm(request.POST, instance=mail.settings_of(request.user))
    if form.is_valid():
        form.save()
        messages.success(request, _("Your alert settings are saved."))
        return redirect("alerts:manage")
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect("alerts:manage")


@login_required
@require_POST
def revoke_feed(request):
    services.new_feed_address(request.user)
    messages.success(request, _("Your private feed has a new address; the old one no longer works."))
    return redirect("alerts:manage")


def _follow_target(kind, object_id):
    if kind not in FollowKind.values or not str(object_id).isdigit():
        return None
    return matching.items(reminders.KIND_OF_FOLLOW[kind], {int(object_id)}).get(int(object_id))


@login_required
@require_http_methods(["GET", "POST"])
@ratelimit("alerts-follow", rate="120/h")
def follow(request):
    """GET (after signing in from a "Follow" link) asks; POST follows or, with unfollow=1, stops following."""
    source = request.POST if request.method == "POST" else request.GET
    kind, object_id = source.get("kind", ""), source.get("id", "")
    item = _follow_target(kind, object_id)
    if item is None:
        return HttpResponseBadRequest(_("There is nothing to follow at this address."), content_type="text/plain; charset=utf-8")
    facts = matching.facts(reminders.KIND_OF_FOLLOW[kind], item)
    next_url = source.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = facts["path"] or reverse("alerts:manage")
    if request.method == "POST":
        if source.get("unfollow"):
            reminders.unfollow(request.user, kind, item.pk)
            messages.success(request, _("You no longer follow “%(title)s”.") % {"title": facts["title"]})
        else:
            services.remember_language(request.user)
            reminders.follow(request.user, kind, item)
            messages.success(
                request, _("You follow “%(title)s”: we will remind you before the date.") % {"title": facts["title"]}
            )
        return redirect(next_url)
    context = {
        "item": facts,
        "kind": kind,
        "object_id": item.pk,
        "next": next_url,
        "following": reminders.is_following(request.user, kind, item.pk),
        "breadcrumbs": _breadcrumbs({"label": _("Follow"), "url": ""}),
    }
    return _private(render(request, "alerts/follow.html", context))


# The unsubscribe link is its own authorisation (a signed token), so its POST needs no CSRF token: mail programs
# unsubscribe in one click (RFC 8058 "List-Unsubscribe-Post") as well as people pressing the button.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    found = mail.read_unsubscribe_token(token)
    context = {"breadcrumbs": [{"label": _("Unsubscribe"), "url": ""}]}
    if found is None:
        return _private(render(request, "alerts/unsubscribe_problem.html", context, status=400))
    user_id, searches = found
    names = []
    if searches != "all":
        names = list(SavedSearch.objects.filter(user_id=user_id, pk__in=searches).values_list("name", flat=True))
    context.update({"all": searches == "all", "names": names, "manage_url": reverse("alerts:manage")})
    if request.method == "POST":
        services.unsubscribe(user_id, searches)
        return _private(render(request, "alerts/unsubscribed.html", context))
    return _private(render(request, "alerts/unsubscribe.html", context))


def feed(request, token, search_id=None):
    return _private(PrivateFeed()(request, token=token, search_id=search_id))


def calendar(request, token):
    """The personal calendar (iCalendar) of followed items, at the private feed's secret address."""
    preference = AlertSettings.objects.filter(feed_token=token, user__is_active=True).select_related("user").first()
    if preference is None:
        raise Http404
    response = HttpResponse(personal_calendar(preference.user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="following.ics"'
    return _private(response)
