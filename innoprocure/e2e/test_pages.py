"""Every page type of the site, visited once in Chromium: axe-core finds no serious or critical WCAG 2.1/2.2 A/AA
problem, the W3C Nu checker finds no HTML error, the page loads without server or script errors, and one page of
each type is photographed at 1280, 768 and 375 pixels wide into var/screenshots/ (every page with
E2E_SCREENSHOTS=all), then compared with the previous run's screenshots in a visual report (visual.py) for a person to
look at.

One sweep visits all pages (the `sweep` fixture); the tests then report per page and per check, so a failure names
the page, the rule and the elements. The Nu checker runs once for all pages: Java starts slowly.
"""

import json
import os
import re
import time
from dataclasses import dataclass, field

import pytest

from innoprocure.e2e import visual
from innoprocure.e2e.checks import (
    AXE_JS,
    VNU_JAR,
    blocking,
    describe_nu,
    describe_violations,
    java_available,
    nu_errors,
    run_axe,
    validate_html,
)
from innoprocure.e2e.helpers import DESKTOP, PHONE, SCREENSHOTS, TABLET
from innoprocure.e2e.helpers import field as labelled

# Screenshots of the pages marked screenshot=True (one of each page type), or of every page visited.
ALL_SCREENSHOTS = os.environ.get("E2E_SCREENSHOTS") == "all"

PRACTITIONER = "practitioner@example.org"
SECRETARIAT = "secretariat@example.org"
VOTER = "rep-se@example.org"  # represents a member centre that has not voted yet in the demo's open ballot
APPLICANT_VOTING = "applicant-no@example.org"
OPEN_BALLOT = "main .result-list >> nth=0 >> a"  # the lists of open, then closed ballots
CLOSED_BALLOT = "main .result-list >> nth=1 >> a"
CENTRE_LINK = "main a[href^='/network/members/']:not([href='/network/members/']):not([href*='?'])"
FORUM_THREAD = "main .forum-threads h3 a"
FORUM_GROUP_MODERATOR = "jonas.weber@example.org"  # moderates the closed group "Hospital procurers"
FORUM_EVENT = "main .forum-events h3 a"
BUYER = "buyer@example.org"  # a member of the demo's Danish municipality, which set the cycle-path challenge
SUPPLIER = "supplier@example.org"
PLATFORM_TEAM = "moderator@example.org"


def submit_empty(button_name):
    def action(page):
        page.locator("main form").get_by_role("button", name=button_name).click()

    return action


def sign_up_with_errors(page):
    # Errors the server finds (the browser's own checks would stop an empty or malformed form first).
    labelled(page, "Email").fill(PRACTITIONER)
    labelled(page, "Password").fill("a-long-passphrase-2026")
    labelled(page, "Password (again)").fill("another-passphrase-2026")
    page.locator("main form").get_by_role("button", name=re.compile("^(create account|sign up)$", re.I)).click()


def sign_in_with_errors(page):
    # An unknown address, new every run: failed sign-ins count towards a lock-out (django-axes).
    labelled(page, "Email").fill(f"nobody-{time.time_ns()}@example.org")
    labelled(page, "Password").fill("not the password")
    page.locator("main form").get_by_role("button", name="Sign in").click()


def vote_no_without_reason(page):
    page.locator("#vote ~ form").get_by_label("No").check()
    page.get_by_role("button", name=re.compile("(Cast|Change) the vote")).click()


def open_edit(page):
    page.locator("main .forum-post__footer").get_by_role("link", name="Edit", exact=True).first.click()


def edit_then_open_history(page):
    open_edit(page)
    text = labelled(page, "Text")
    text.fill(text.input_value() + "\n\n(Edited for the sweep: wording clarified.)")
    page.get_by_role("button", name="Save the changes").click()
    page.get_by_role("link", name="edit history").first.click()


def open_report(page):
    page.locator("main .forum-post__footer").get_by_role("link", name="Report").first.click()


@dataclass
class Visit:
    name: str
    path: str
    person: str | None = None
    follow: str | None = None  # then open the first link matching this CSS selector
    action: object = None  # then do this (fill and submit a form)
    status: int = 200
    screenshot: bool = False
    expect_text: str = ""  # proves the page shows what it is meant to (e.g. the form's errors)


VISITS = [
    Visit("home", "/", screenshot=True),
    Visit("standard page", "/about/"),
    Visit("privacy", "/privacy/"),
    Visit("accessibility statement", "/accessibility/"),
    Visit("page not found", "/no-such-page-here/", status=404, screenshot=True),
    Visit("pattern library", "/patterns/", screenshot=True, expect_text="Pattern library"),
    # Resource Centre and search
    Visit("resources: keyword and filters", "/resources/?q=procurement&type=case-study&language=en", screenshot=True),
    Visit("resources: all, sorted by title", "/resources/?sort=title&page=2"),
    Visit("resources: nothing found", "/resources/?q=zyxwvutsrq&country=MT", expect_text="found"),
    Visit("resource", "/resources/?q=deep+renovation&type=case-study", follow=".search-hit__title a", screenshot=True),
    Visit("site search", "/search/?q=hospital", screenshot=True),
    Visit("site search: did you mean", "/search/?q=procurment", expect_text="Did you mean"),
    # Get started
    Visit("get started", "/get-started/", screenshot=True),
    Visit("guidance page", "/get-started/pcp-and-ppi/"),
    Visit("guidance: what is it", "/get-started/what-is-innovation-procurement/"),
    Visit("guidance: legal framework", "/get-started/legal-framework/"),
    Visit("step by step", "/get-started/step-by-step/", screenshot=True),
    Visit(
        "step of the path", "/get-started/step-by-step/engage-the-market/", expect_text="Talking to the market before you tender"
    ),
    Visit("FAQ", "/get-started/faq/"),
    Visit("projects and initiatives", "/get-started/projects/"),
    # Stories, events, opportunities
    Visit("stories: filtered", "/stories/?category=policy", screenshot=True, expect_text="Clear all filters"),
    Visit("story", "/stories/", follow="main .card__title a", screenshot=True),
    Visit("events: filtered", "/events/?type=webinar", screenshot=True, expect_text="Clear all filters"),
    Visit("events: past", "/events/past/"),
    Visit("events: month", "/events/month/", screenshot=True),
    Visit("event", "/events/", follow="main .card__title a", screenshot=True),
    Visit("opportunities: filtered", "/opportunities/?status=open&type=tender", screenshot=True),
    Visit("opportunities: closed", "/opportunities/?status=closed"),
    # A value a listing cannot use is shown by its field (decision 0009): the error markup passes axe and Nu too.
    Visit(
        "opportunities: a filter not understood",
        "/opportunities/?type=xyz&innovation=very",
        expect_text="There is no opportunity type",
    ),
    Visit("stories: a filter not understood", "/stories/?year=twenty", expect_text="four-digit number"),
    Visit("resources: a filter not understood", "/resources/?type=poem&sort=random", expect_text="Sort by one of"),
    Visit("opportunity", "/opportunities/?status=closing-soon", follow="main .card__title a", screenshot=True),
    # The network
    Visit("network", "/network/", screenshot=True),
    Visit("centres: filtered", "/network/members/?status=member&service=training"),
    Visit("centre", "/network/members/", follow=CENTRE_LINK, screenshot=True),
    Visit("governance", "/network/governance/"),
    Visit("knowledge exchange", "/network/knowledge-exchange/"),
    Visit("KE meeting", "/network/knowledge-exchange/1/"),
    Visit("declaration", "/network/declaration/"),
    Visit("membership", "/network/membership/"),
    Visit(
        "self-check: result",
        "/network/membership/self-check/?mandate=yes&resources=no&investment=yes&commitment=no",
        expect_text="not met",
    ),
    Visit("self-check: errors", "/network/membership/self-check/?mandate=yes", expect_text="required"),
    # Forms showing their errors
    Visit("contact: errors", "/contact/", action=submit_empty("Send"), screenshot=True, expect_text="required"),
    Visit("newsletter: errors", "/newsletter/", action=submit_empty("Subscribe"), expect_text="required"),
    Visit("sign up: errors", "/accounts/signup/", action=sign_up_with_errors, expect_text="same password"),
    Visit("sign in: errors", "/accounts/login/", action=sign_in_with_errors, expect_text="not correct"),
    Visit("password reset", "/accounts/password/reset/"),
    Visit("sign out", "/accounts/logout/", person=PRACTITIONER),
    # A practitioner's account
    Visit("profile", "/accounts/profile/", person=PRACTITIONER, screenshot=True),
    Visit("data export", "/accounts/profile/data/", person=PRACTITIONER),
    Visit("account deletion", "/accounts/profile/delete/", person=PRACTITIONER),
    Visit("e-mail addresses", "/accounts/email/", person=PRACTITIONER),
    Visit("two-factor authentication", "/accounts/2fa/", person=PRACTITIONER),
    Visit("endorse the declaration", "/network/declaration/endorse/", person=PRACTITIONER),
    Visit(
        "application: errors",
        "/network/membership/apply/",
        person=PRACTITIONER,
        action=submit_empty("Submit application"),
        screenshot=True,
        expect_text="Still to complete",
    ),
    # Applicant, representative, secretariat
    Visit("my application: voting", "/network/membership/my-application/", person=APPLICANT_VOTING),
    Visit("my application: returned", "/network/membership/my-application/", person="applicant-si@example.org"),
    Visit("my application: admitted", "/network/membership/my-application/", person="applicant-lv@example.org"),
    Visit("ballots", "/network/membership/ballots/", person=VOTER),
    Visit("ballot: open", "/network/membership/ballots/", person=VOTER, follow=OPEN_BALLOT, screenshot=True),
    Visit(
        "ballot: vote errors",
        "/network/membership/ballots/",
        person=VOTER,
        follow=OPEN_BALLOT,
        action=vote_no_without_reason,
        status=400,  # the refused vote is answered "400 Bad Request", with the form and its error
        expect_text="reason",
    ),
    Visit("ballot: closed", "/network/membership/ballots/", person=VOTER, follow=CLOSED_BALLOT),
    Visit("secretariat: applications", "/network/membership/secretariat/", person=SECRETARIAT),
    Visit("secretariat: open ballot", "/network/membership/ballots/", person=SECRETARIAT, follow=OPEN_BALLOT),
    Visit(
        "secretariat: application to check",
        "/network/membership/secretariat/?status=submitted",
        person=SECRETARIAT,
        follow="main table a",
    ),
    # The Procurement Forum
    Visit("forum", "/forum/", screenshot=True),
    Visit("forum: guidelines", "/forum/guidelines/"),
    Visit("forum: search", "/forum/search/?q=procurement&type=question", expect_text="Alert me about new discussions"),
    Visit(
        "forum: search a closed group, member",
        "/forum/search/?group=hospital-procurers",
        person=FORUM_GROUP_MODERATOR,
        expect_text="Hospital procurers",
    ),
    Visit("forum: search, a filter not understood", "/forum/search/?group=hospital-procurers", expect_text="not understood"),
    Visit("forum: open group", "/forum/pcp-practitioners/", screenshot=True),
    Visit("forum: discussion", "/forum/zero-emission-construction-machinery/", follow=FORUM_THREAD, screenshot=True),
    Visit("forum: closed group", "/forum/hospital-procurers/", expect_text="Entry requirements"),
    Visit("forum: private group", "/forum/p2i-network-members/", status=404),
    Visit("forum: signed in", "/forum/", person=PRACTITIONER),
    Visit("forum: discussion with reply form", "/forum/helpdesk-competence-centres/", person=PRACTITIONER, follow=FORUM_THREAD),
    Visit(
        "forum: new discussion errors",
        "/forum/pcp-practitioners/new/",
        person=PRACTITIONER,
        action=submit_empty("Publish the discussion"),
        status=400,
        expect_text="required",
    ),
    Visit("forum: ask to join", "/forum/digital-services-buyers/ask-to-join/", person=PRACTITIONER),
    Visit("forum: report a post", "/forum/circular-ict/", person=PRACTITIONER, follow=FORUM_THREAD, action=open_report),
    Visit("forum: notifications", "/forum/notifications/", person=PRACTITIONER),
    Visit("forum: settings", "/forum/settings/", person=PRACTITIONER),
    Visit("forum: member directory", "/forum/members/?country=DE", person=PRACTITIONER, expect_text="Jonas Weber"),
    Visit("forum: member profile", "/forum/members/amelie-laurent/", person=PRACTITIONER),
    Visit("forum: moderation queue", "/forum/moderation/", person=FORUM_GROUP_MODERATOR),
    Visit("forum: members and requests", "/forum/hospital-procurers/members/", person=FORUM_GROUP_MODERATOR),
    Visit("forum: closed discussion", "/forum/hospital-procurers/", person=FORUM_GROUP_MODERATOR, follow=FORUM_THREAD),
    Visit("forum: group events", "/forum/pcp-practitioners/events/", expect_text="Past events"),
    Visit("forum: event", "/forum/zero-emission-construction-machinery/", follow=FORUM_EVENT, screenshot=True),
    Visit("forum: event, signed in", "/forum/pcp-practitioners/events/", person=PRACTITIONER, follow=FORUM_EVENT),
    Visit("forum: closed group's event", "/forum/hospital-procurers/events/", person=FORUM_GROUP_MODERATOR, follow=FORUM_EVENT),
    Visit("forum: closed group's events, outside", "/forum/hospital-procurers/events/", status=404),
    Visit(
        "forum: schedule an event, errors",
        "/forum/hospital-procurers/events/new/",
        person=FORUM_GROUP_MODERATOR,
        action=submit_empty("Schedule the event"),
        status=400,
        expect_text="required",
    ),
    Visit(
        "forum: edit a post", "/forum/hospital-procurers/", person=FORUM_GROUP_MODERATOR, follow=FORUM_THREAD, action=open_edit
    ),
    Visit(
        "forum: edit history",
        "/forum/digital-services-buyers/",
        person="nora.byrne@example.org",  # moderates the group
        follow=FORUM_THREAD,
        action=edit_then_open_history,
        expect_text="Edited for the sweep",
    ),
    Visit("forum: unsubscribe, broken link", "/forum/unsubscribe/not-a-real-token/", status=400),
    Visit("forum: P2I members group", "/forum/p2i-network-members/", person=VOTER),
    Visit("forum: ballot deliberation", "/forum/p2i-network-members/", person=VOTER, follow=FORUM_THREAD),
    Visit(
        "forum: applicant's questions",
        "/network/membership/my-application/",
        person=APPLICANT_VOTING,
        follow="main a[href*='/forum/deliberations/']",
    ),
    Visit("alerts: my alerts", "/alerts/", person=PRACTITIONER, expect_text="Saved searches"),
    Visit(
        "alerts: new alert from a listing",
        "/opportunities/?country=FI",
        person=PRACTITIONER,
        follow="main a[href^='/alerts/new/']",
        expect_text="Alert me about new items",
    ),
    Visit("alerts: unusable search", "/alerts/new/?kind=opportunities&query=country%3DXX", person=PRACTITIONER, status=400),
    Visit("alerts: follow an opportunity", "/opportunities/", follow="main .card__title a", expect_text="Follow"),
    Visit("alerts: invalid unsubscribe link", "/alerts/unsubscribe/not-a-token/", status=400),
    # Challenges
    Visit("challenges", "/challenges/", screenshot=True),
    Visit("showcase: filtered", "/showcase/?maturity=market", screenshot=True, expect_text="Clear all filters"),
    Visit("challenge", "/challenges/ice-free-cycle-paths-without-salt/", screenshot=True),
    Visit("challenge: closed with its outcome", "/challenges/reclaimed-timber-in-public-buildings/"),
    Visit("opportunities: challenges", "/opportunities/?type=challenge"),
    Visit("challenges: buyer", "/challenges/", person=BUYER),
    Visit("challenge: buyer", "/challenges/ice-free-cycle-paths-without-salt/", person=BUYER),
    Visit("challenge: responses", "/challenges/ice-free-cycle-paths-without-salt/responses/", person=BUYER),
    Visit("challenge: a response", "/challenges/ice-free-cycle-paths-without-salt/responses/", person=BUYER, follow="main td a"),
    Visit("challenge: outcome form", "/challenges/ice-free-cycle-paths-without-salt/outcome/", person=BUYER),
    Visit(
        "challenge: new, errors",
        "/challenges/new/",
        person=BUYER,
        action=submit_empty("Save the draft and preview it"),
        status=400,
        expect_text="required",
    ),
    Visit("challenge: organisation", "/challenges/organisation/", person=BUYER),
    Visit("challenges: supplier", "/challenges/", person=SUPPLIER, follow="main .result-list a[href*='/responses/']"),
    Visit(
        "challenge: respond, errors",
        "/challenges/free-hospital-beds-in-real-time/respond/",
        person=SUPPLIER,
        action=submit_empty("Send the response"),
        status=400,
        expect_text="required",
    ),
    Visit("challenge: register an organisation", "/challenges/organisation/", person=PRACTITIONER),
    Visit("challenges: moderation desk", "/challenges/moderation/", person=PLATFORM_TEAM),
    # The interface in German and French (docs/translation.md): the same gates in each language.
    Visit("home in German", "/de/", screenshot=True, expect_text="Plattform durchsuchen"),
    Visit("resources in German", "/de/resources/?q=vorkommerzielle+Auftragsvergabe", expect_text="Ressourcenzentrum"),
    Visit("story in German", "/de/stories/", follow="main .card__title a", expect_text="Erfahrungsberichte"),
    Visit("event in French", "/fr/events/", follow="main .card__title a", screenshot=True, expect_text="Événements"),
    Visit("network in French", "/fr/network/", expect_text="Centre de ressources"),
    Visit("contact in French, errors", "/fr/contact/", action=submit_empty("Envoyer"), expect_text="obligatoire"),
]


REFLOW = {"width": 320, "height": 640}
# Whether the page scrolls sideways, and which elements stick out of their parent without a scrolling box around them.
SIDEWAYS = """(width) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) { return null; }
    const clipped = (element) => {
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
            if (getComputedStyle(parent).overflowX !== 'visible') { return true; }
        }
        return false;
    };
    const culprits = [];
    for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect(), parent = element.parentElement.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1 && box.right > parent.right + 1 && !clipped(element)) {
            culprits.push(element.outerHTML.slice(0, 140));
        }
    }
    return {scrollWidth: scrollWidth, culprits: culprits.slice(0, 8)};
}"""


@dataclass
class PageReport:
    url: str = ""
    status: int = 0
    html: str = ""
    text: str = ""
    violations: list = field(default_factory=list)
    overflow: dict | None = None
    problems: list = field(default_factory=list)
    nu: list = field(default_factory=list)


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def visit(page, item, documents):
    """Open one page as a visitor would; returns its report (axe results, the HTML as the server sent it)."""
    documents.clear()
    page.set_viewport_size(DESKTOP)
    page.goto(item.path)
    if item.follow:
        page.locator(item.follow).first.click()
        page.wait_for_load_state()
    if item.action:
        item.action(page)
        page.wait_for_load_state()
    document = documents[-1]
    report = PageReport(url=page.url, status=document.status, html=document.text(), text=page.locator("body").inner_text())
    report.violations = run_axe(page)
    if item.screenshot or ALL_SCREENSHOTS:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for viewport in (DESKTOP, TABLET, PHONE):
            page.set_viewport_size(viewport)
            page.screenshot(
                path=SCREENSHOTS / f"{slug(item.name)}-{viewport['width']}.png", full_page=True, animations="disabled"
            )
    # Reflow (WCAG 1.4.10): at 320 CSS pixels the page must not scroll sideways; axe again there, keeping what only
    # the narrow layout shows (its own order, tables that now scroll).
    page.set_viewport_size(REFLOW)
    report.overflow = page.evaluate(SIDEWAYS, REFLOW["width"])
    seen = {violation["id"] for violation in report.violations}
    report.violations += [
        dict(violation, id=f"{violation['id']} (at 320 px)") for violation in run_axe(page) if violation["id"] not in seen
    ]
    return report


@pytest.fixture(scope="module")
def sweep(browser, live_site, people):
    """Visits every page of VISITS; a browser context per person, reused for that person's pages."""
    if not AXE_JS.exists():
        pytest.skip("node_modules/axe-core is missing: run `npm ci` (make e2e does)")
    from innoprocure.e2e.helpers import Problems

    visual.rotate(SCREENSHOTS)  # the last run's screenshots become the "before" of the visual report
    reports, contexts = {}, {}
    for item in VISITS:
        if item.person not in contexts:
            context = browser.new_context(
                base_url=live_site.url,
                viewport=DESKTOP,
                locale="en-GB",
                timezone_id="Europe/Lisbon",
                storage_state=people.state(item.person) if item.person else None,
            )
            context.set_default_timeout(20_000)
            page = context.new_page()
            problems, documents = Problems(), []
            problems.watch(page)
            page.on(
                "response",
                lambda response, page=page, documents=documents: (
                    documents.append(response)
                    if response.request.is_navigation_request() and response.frame == page.main_frame
                    else None
                ),
            )
            contexts[item.person] = (context, page, problems, documents)
        context, page, problems, documents = contexts[item.person]
        problems.clear()
        try:
            reports[item.name] = visit(page, item, documents)
        except Exception as error:  # reported by the tests of this page
            reports[item.name] = PageReport(url=page.url, problems=[f"the visit failed: {error}"])
            continue
        reports[item.name].problems = list(problems)
    for context, *_ in contexts.values():
        context.close()

    if VNU_JAR.exists() and java_available():
        checked = validate_html({name: report.html for name, report in reports.items() if report.html})
        for name, messages in checked.items():
            reports[name].nu = messages
    write_summary(reports)
    changed = [item for item in visual.compare(SCREENSHOTS) if item.status == "changed"]
    print(f"\nVisual report: {len(changed)} screenshots changed, see {SCREENSHOTS / 'visual-report' / 'index.html'}")
    return reports


def write_summary(reports):
    """Everything both checkers said, minor findings and Nu warnings included, for a person to review."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    summary = {
        name: {
            "url": report.url,
            "axe": [
                {"id": v["id"], "impact": v["impact"], "help": v["help"], "elements": len(v["nodes"])} for v in report.violations
            ],
            "nu": [
                {"type": m.get("subType", m.get("type")), "line": m.get("lastLine"), "message": m.get("message")}
                for m in report.nu
            ],
        }
        for name, report in reports.items()
    }
    (SCREENSHOTS / "checks.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))


NAMES = [item.name for item in VISITS]
BY_NAME = {item.name: item for item in VISITS}


@pytest.mark.parametrize("name", NAMES)
def test_the_page_loads_without_errors(sweep, name):
    report, item = sweep[name], BY_NAME[name]
    assert not report.problems, f"{name} ({report.url}):\n" + "\n".join(report.problems)
    assert report.status == item.status, f"{name}: {report.url} answered {report.status}"
    if item.expect_text:
        assert item.expect_text.lower() in report.text.lower(), f"{name}: {item.expect_text!r} not shown on {report.url}"


@pytest.mark.parametrize("name", NAMES)
def test_no_serious_accessibility_problem(sweep, name):
    report = sweep[name]
    assert report.html, f"{name}: the page was not reached ({report.problems})"
    found = blocking(report.violations)
    assert not found, f"axe on {name} ({report.url}):\n{describe_violations(found)}"


@pytest.mark.parametrize("name", NAMES)
def test_no_sideways_scrolling_at_320_pixels(sweep, name):
    report = sweep[name]
    assert report.html, f"{name}: the page was not reached ({report.problems})"
    assert report.overflow is None, (
        f"{name} ({report.url}) is {report.overflow['scrollWidth']} px wide at 320 px; sticking out:\n"
        + "\n".join(report.overflow["culprits"])
    )


@pytest.mark.parametrize("name", NAMES)
def test_valid_html(sweep, name):
    if not VNU_JAR.exists():
        pytest.skip("node_modules/vnu-jar is missing: run `npm ci` (make e2e does)")
    if not java_available():
        pytest.skip("Java is not installed: the Nu HTML checker needs it (CI has Java 17)")
    report = sweep[name]
    assert report.html, f"{name}: the page was not reached ({report.problems})"
    errors = nu_errors(report.nu)
    assert not errors, f"Nu checker on {name} ({report.url}):\n{describe_nu(errors)}"
