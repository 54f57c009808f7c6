"""Proof that the checks can fail: a deliberately broken page (fixtures/broken.html, never served by the site) goes
through the same axe and Nu helpers as the site's pages, and they name its exact problems."""

import pytest

from innoprocure.e2e.checks import (
    AXE_JS,
    VNU_JAR,
    blocking,
    describe_violations,
    java_available,
    nu_errors,
    run_axe,
    validate_html,
)
from innoprocure.e2e.helpers import E2E_DIR, tab_until

BROKEN_PAGE = E2E_DIR / "fixtures" / "broken.html"


def test_axe_reports_the_missing_alt_text_the_duplicate_id_and_the_unlabelled_input(browser):
    if not AXE_JS.exists():
        pytest.skip("node_modules/axe-core is missing: run `npm ci` (make e2e does)")
    context = browser.new_context()
    page = context.new_page()
    page.set_content(BROKEN_PAGE.read_text())
    violations = run_axe(page)
    context.close()

    by_rule = {violation["id"]: violation for violation in violations}
    assert set(by_rule) >= {"image-alt", "label"}, describe_violations(violations)
    # The helpers' verdict: these are blocking problems, and the message names the rule and the element.
    assert {"image-alt", "label"} <= {violation["id"] for violation in blocking(violations)}
    assert [node["target"] for node in by_rule["image-alt"]["nodes"]] == [["img"]]
    assert [node["target"] for node in by_rule["label"]["nodes"]] == [["#broken-query"]]
    report = describe_violations(blocking(violations))
    assert "image-alt" in report and "#broken-query" in report
    # axe 4.x retired its duplicate-id rules (HTML parsing makes them harmless for assistive technology);
    # the Nu checker below catches the duplicate id.


def test_the_nu_checker_reports_the_missing_alt_text_and_the_duplicate_id():
    if not VNU_JAR.exists():
        pytest.skip("node_modules/vnu-jar is missing: run `npm ci` (make e2e does)")
    if not java_available():
        pytest.skip("Java is not installed: the Nu HTML checker needs it (CI has Java 17)")
    messages = validate_html({"broken": BROKEN_PAGE.read_text(), "valid": "<!DOCTYPE html><html lang=en><title>Fine</title>"})

    errors = [message["message"] for message in nu_errors(messages["broken"])]
    assert any("“img” element must have an “alt” attribute" in error for error in errors), errors
    assert any("Duplicate ID “broken-heading”" in error for error in errors), errors
    assert nu_errors(messages["valid"]) == []


def test_the_keyboard_check_notices_a_focus_without_any_indicator(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_content(
        "<!DOCTYPE html><html lang=en><title>Focus</title><style>a:focus{outline:none}</style>"
        "<main><a href='#one' style='outline:3px solid'>Styled</a> <a href='#two'>Hidden focus</a></main>"
    )
    with pytest.raises(AssertionError, match='focus is not visible on <a href="#two">'):
        tab_until(page, lambda focused: False, "nothing")
    context.close()
