"""Posts are written in Markdown (CommonMark, with tables and strikethrough). Raw HTML is not interpreted, and what
markdown-it produces is sanitised with core/sanitize.py anyway; @mentions become links to the member's profile."""

import html as entities
import re

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext as _
from markdown_it import MarkdownIt

from innoprocure.core.sanitize import clean_html, clean_text

# "@ana-novak" but not "ana@example.org": the @ starts the text or follows a space or punctuation.
MENTION = re.compile(r"(?<![\w@.])@([a-z0-9][a-z0-9_-]{1,39})", re.IGNORECASE)
MAX_LINKS_FOR_NEW_MEMBERS = 2
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(["table", "strikethrough"])


def mentioned_handles(body):
    """The handles mentioned in a Markdown text, lower case, in order of first mention (code is not searched)."""
    text = re.sub(r"```.*?```|`[^`]*`", " ", body or "", flags=re.DOTALL)
    seen = []
    for match in MENTION.finditer(text):
        handle = match.group(1).lower()
        if handle not in seen:
            seen.append(handle)
    return seen


def link_count(body):
    return len(LINK.findall(body or ""))


def _link_mentions(html, handles):
    """Turn @handle into a profile link in text (not inside tags, links or code)."""
    if not handles:
        return html
    parts = re.split(r"(<code>.*?</code>|<pre>.*?</pre>|<a [^>]*>.*?</a>|<[^>]+>)", html, flags=re.DOTALL)

    def link(match):
        handle = match.group(1).lower()
        if handle not in handles:
            return match.group(0)
        return f'<a href="{escape(reverse("forum:profile", args=[handle]))}">@{escape(handle)}</a>'

    return "".join(part if part.startswith("<") else MENTION.sub(link, part) for part in parts)


def render(body, known_handles=()):
    """Safe HTML for a post; `known_handles` are those that belong to a member and become links."""
    html = _markdown.render(body or "")
    return clean_html(_link_mentions(html, {handle.lower() for handle in known_handles}))


def plain(body, length=None):
    """The text of a post without formatting, for e-mails, search and summaries."""
    text = " ".join(entities.unescape(clean_text(_markdown.render(body or ""))).split())
    if length and len(text) > length:
        return text[: length - 1].rsplit(" ", 1)[0] + "…"
    return text


def quote(body, author_name):
    """A reply's opening: the quoted post as a Markdown block quote."""
    lines = (body or "").strip().splitlines() or [""]
    quoted = "\n".join(f"> {line}" if line else ">" for line in lines)
    return f"> **{author_name}:**\n>\n{quoted}\n\n"


def when(event):
    """ "12 March 2027, 14:00–15:30 (Europe/Brussels)", in the event's own zone; two dates if it spans days."""
    start, end = event.local_start, event.local_end
    if start.date() == end.date():
        span = f"{date_format(start, 'j F Y')}, {start:%H:%M}–{end:%H:%M}"
    else:
        span = f"{date_format(start, 'j F Y')}, {start:%H:%M} – {date_format(end, 'j F Y')}, {end:%H:%M}"
    return f"{span} ({event.time_zone})"


def summary_lines(event):
    """The e-mail's text about an event of an open or closed group (private groups' e-mails carry none)."""
    lines = [f"{_('When')}: {when(event)}", f"{_('Format')}: {event.get_event_format_display()}"]
    if event.is_in_person and event.location:
        lines.append(f"{_('Venue')}: {event.location}")
    if event.cancelled:
        lines.append(_("This event is cancelled."))
    return lines
