"""{% alert_me "opportunities" %} on a listing (or {% alert_me "opportunities" "type=challenge" %}),
{% follow_button "opportunity" item %} on a detail page."""

from django import template

from innoprocure.alerts.reminders import is_following

register = template.Library()


@register.inclusion_tag("alerts/includes/alert_me.html", takes_context=True)
def alert_me(context, kind, query=None):
    """The listing's current search (its query string), or `query` for a fixed one (challenges: type=challenge)."""
    request = context.get("request")
    if query is None:
        query = request.GET.urlencode() if request is not None else ""
    return {"kind": kind, "query": query, "challenges": kind == "opportunities" and query == "type=challenge"}


@register.inclusion_tag("alerts/includes/follow.html", takes_context=True)
def follow_button(context, kind, item):
    request = context.get("request")
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    return {
        "kind": kind,
        "object_id": item.pk,
        "request": request,
        "user": user,
        "following": signed_in and is_following(user, kind, item.pk),
        "csrf_token": context.get("csrf_token"),
    }
