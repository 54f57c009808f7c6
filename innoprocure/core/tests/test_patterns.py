"""The pattern library shows each component in its states, drawn by the includes the pages use."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_pattern_library_shows_every_component_and_its_states(client):
    response = client.get("/patterns/")
    assert response.status_code == 200
    html = response.content.decode()

    assert '<meta name="robots" content="noindex">' in html
    # The error summary, linking to the fields, and each field's own error; what was typed is kept.
    summary = html[html.index('id="form-errors"') :]
    summary = summary[: summary.index("</div>")]
    for anchor in ("#pattern-name", "#pattern-email", "#pattern-topic_0", "#pattern-consent"):
        assert f'href="{anchor}"' in summary, anchor
    assert html.count('class="field field--error') == 4
    assert "A message that is kept." in html
    # Buttons in their states, the four notices, cards (one with the illustrative label), chips, pagination.
    assert '<button type="button" class="button" disabled>' in html
    for kind in ("info", "success", "warning", "error"):
        assert f'class="notice notice--{kind}"' in html, kind
    assert html.count('<article class="card">') == 2 and "badge--illustrative" in html
    chips = re.findall(r'<a class="chip" href="([^"]+)">', html)
    assert chips == ["/resources/?approach=pcp", "/resources/?type=guidance"]
    assert "Remove filter:" in html and '<a class="chip-clear" href="/resources/">' in html
    assert '<span aria-current="page">3</span>' in html and "Page 3 of 9" in html
    # The filter panel folds on phones; the chosen year is folded behind "Show 4 more", which is therefore open.
    assert "data-filters-drawer" in html
    assert "Show 4 more" in html and '<details class="facet-more" open>' in html


def test_the_pattern_library_is_translated(client):
    html = client.get("/de/patterns/").content.decode()
    assert "<h1>Musterbibliothek</h1>" in html
    assert "Filter entfernen:" in html
