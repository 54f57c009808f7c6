from django import template

from innoprocure.forum.deliberation import link_for
from innoprocure.forum.notify import for_reader
from innoprocure.forum.people import display_name
from innoprocure.forum.text import when

register = template.Library()


@register.simple_tag(takes_context=True)
def forum_unread_count(context):
    """Unread forum notifications of the signed-in person (one query per page, header only)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    return for_reader(user).filter(read_at__isnull=True).count()


@register.simple_tag(takes_context=True)
def ballot_deliberation_url(context, ballot):
    """The link from a ballot page to its deliberation in the P2I members group, for those who may follow it."""
    request = context.get("request")
    return link_for(request.user, ballot) if request is not None else ""


@register.inclusion_tag("forum/includes/author.html")
def forum_author(user):
    profile = getattr(user, "forum_profile", None) if user is not None else None
    return {"name": display_name(user), "handle": profile.handle if profile and profile.visible else ""}


@register.simple_tag
def event_when(event):
    """When a group event takes place, in its own zone."""
    return when(event)
