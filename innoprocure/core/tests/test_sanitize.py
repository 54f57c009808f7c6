"""User-supplied rich text keeps its formatting and loses everything that could run."""

from innoprocure.core.sanitize import clean_html, clean_text


def test_formatting_is_kept():
    html = "<p>Our <strong>city</strong> bought <em>innovation</em>:</p><ul><li>sensors</li></ul><h2>Results</h2>"
    assert clean_html(html) == html


def test_scripts_handlers_and_dangerous_links_are_removed():
    dirty = (
        '<p onclick="steal()">Hi<script>alert(1)</script></p>'
        '<a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>'
        '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>'
        '<svg><script>alert(2)</script></svg><p style="position:fixed">text</p>'
    )
    cleaned = clean_html(dirty)
    for forbidden in ("script", "alert", "onclick", "javascript", "<img", "iframe", "style", "svg", "onerror"):
        assert forbidden not in cleaned
    assert "<p>Hi</p>" in cleaned and "<p>text</p>" in cleaned


def test_links_are_kept_but_earn_nothing():
    assert clean_html('<a href="https://example.org/report">report</a>') == (
        '<a href="https://example.org/report" rel="nofollow noopener noreferrer">report</a>'
    )


def test_empty_and_text_only():
    assert clean_html(None) == "" and clean_html("") == ""
    assert clean_text("<p>Tender <b>closes</b> soon<script>x()</script></p>") == "Tender closes soon"
