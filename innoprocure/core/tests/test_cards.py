"""Cards are built in Python (core/cards.py), not by a template: what editors and importers write is still escaped."""

from datetime import date

from django.utils import translation

from innoprocure.core.cards import card
from innoprocure.core.teasers import Teaser


def test_a_card_escapes_every_text_it_shows():
    hostile = '<script>alert("x")</script>'
    teaser = Teaser(
        title=hostile, url='/x/"onmouseover="alert(1)', summary=hostile, kicker=hostile, meta=[hostile], date=date(2026, 3, 2)
    )
    markup = card(teaser)
    assert "<script>" not in markup
    assert markup.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") == 4
    assert 'href="/x/&quot;onmouseover=&quot;alert(1)"' in markup
    assert '<time datetime="2026-03-02">2 March 2026</time>' in markup


def test_a_card_in_another_interface_language_marks_the_editors_english():
    teaser = Teaser(title="Buying outcomes", url="/stories/outcomes/", summary="What we learned.", illustrative=True)
    with translation.override("de"):
        markup = card(teaser, 2)
    assert '<h2 class="card__title" lang="en"><a href="/stories/outcomes/">Buying outcomes</a></h2>' in markup
    assert '<p class="card__summary" lang="en">What we learned.</p>' in markup
    assert '<span class="badge badge--illustrative">Illustratives Beispiel</span>' in markup  # the reader's language
