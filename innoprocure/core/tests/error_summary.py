"""For the tests of every form: each link in the error summary reaches a field a person can type in or tick."""

from html.parser import HTMLParser

FIELD_TAGS = {"input", "select", "textarea"}


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = {}
        self.links = []
        self._summary_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids[attrs["id"]] = (tag, attrs)
        if self._summary_depth:
            if tag == "div":
                self._summary_depth += 1
            if tag == "a":
                self.links.append(attrs.get("href", ""))
        elif tag == "div" and attrs.get("id") == "form-errors":
            self._summary_depth = 1

    def handle_endtag(self, tag):
        if self._summary_depth and tag == "div":
            self._summary_depth -= 1


def assert_error_links_reach_fields(html, expected):
    """Every error-summary link points at the id of an input, select or textarea on the page; `expected` the ids."""
    parser = _Parser()
    parser.feed(html)
    assert parser.links, "no error summary with links on the page"
    targets = []
    for href in parser.links:
        assert href.startswith("#") and len(href) > 1, f"error link {href!r} leads nowhere"
        target = href[1:]
        assert target in parser.ids, f"error link {href!r}: no element with that id"
        tag, attrs = parser.ids[target]
        assert tag in FIELD_TAGS and attrs.get("type") != "hidden", f"error link {href!r} reaches a <{tag}>, not a field"
        targets.append(target)
    assert set(targets) >= set(expected), f"links reach {targets}, expected at least {expected}"
    return targets
