"""The innovation showcase in a real browser: a supplier presents a solution (the form keeps its input and names
each error), submits it, the platform team approves it, and visitors then find it in the showcase, with its
filters, and in site search. Every page of the journey is checked with axe-core and the W3C Nu checker."""

import re
import time

import pytest
from playwright.sync_api import expect

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
from innoprocure.e2e.helpers import DESKTOP, SCREENSHOTS, field
from innoprocure.e2e.test_pages import REFLOW, SIDEWAYS

SUPPLIER = "supplier@example.org"  # a member of the demo's Brightfield Robotics
OTHER_SUPPLIER = "supplier2@example.org"
BUYER = "buyer@example.org"
PLATFORM_TEAM = "moderator@example.org"
NAME = f"Hedge-trimming robot with a quiet cutter {time.time_ns() % 100000}"  # new each run (E2E_KEEP_DIR)


class Checked:
    """Remembers each page's HTML as the server sent it and its axe findings, to report them all at the end."""

    def __init__(self):
        self.html, self.axe, self.overflow = {}, {}, {}

    def watch(self, page):
        documents = []
        page.on(
            "response",
            lambda response: (
                documents.append(response)
                if response.request.is_navigation_request() and response.frame == page.main_frame
                else None
            ),
        )
        page.documents = documents

    def check(self, page, name):
        page.wait_for_load_state()
        self.html[name] = page.documents[-1].text()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"showcase-{re.sub('[^a-z0-9]+', '-', name)}-1280.png", full_page=True)
        if AXE_JS.exists():
            self.axe[name] = blocking(run_axe(page))
        # Reflow (WCAG 1.4.10): no sideways scrolling at 320 CSS pixels, and axe again in the narrow layout.
        page.set_viewport_size(REFLOW)
        self.overflow[name] = page.evaluate(SIDEWAYS, REFLOW["width"])
        if AXE_JS.exists():
            seen = {violation["id"] for violation in self.axe[name]}
            self.axe[name] += [violation for violation in blocking(run_axe(page)) if violation["id"] not in seen]
        page.set_viewport_size(DESKTOP)

    def assert_clean(self):
        problems = [f"axe on {name}:\n{describe_violations(found)}" for name, found in self.axe.items() if found]
        problems += [
            f"{name} scrolls sideways at 320 px:\n" + "\n".join(overflow["culprits"])
            for name, overflow in self.overflow.items()
            if overflow
        ]
        if VNU_JAR.exists() and java_available():
            for name, messages in validate_html(self.html).items():
                errors = nu_errors(messages)
                if errors:
                    problems.append(f"Nu checker on {name}:\n{describe_nu(errors)}")
        assert not problems, "\n\n".join(problems)


def test_a_supplier_presents_a_solution_the_platform_team_approves_it_and_visitors_find_it(page_as, new_page):
    if not AXE_JS.exists():
        pytest.skip("node_modules/axe-core is missing: run `npm ci` (make e2e does)")
    checked = Checked()

    supplier = page_as(SUPPLIER)
    checked.watch(supplier)
    supplier.goto("/accounts/profile/")
    supplier.get_by_role("link", name=re.compile("Your solution profiles")).click()
    checked.check(supplier, "your solution profiles")
    supplier.get_by_role("link", name="Present a new solution").click()
    field(supplier, "Name of the solution").fill(NAME)
    field(supplier, "The problem it solves").fill("Hedges along school paths are cut with loud petrol trimmers.")
    field(supplier, "Technology readiness level (TRL)").select_option("7")
    supplier.get_by_role("button", name="Save the profile").click()
    # The server's errors, each at its field (no description yet); what was typed is kept.
    expect(supplier.get_by_text("Please correct the errors below.")).to_be_visible()
    expect(supplier.get_by_role("link", name=re.compile("^Description: "))).to_be_visible()
    expect(field(supplier, "Name of the solution")).to_have_value(NAME)
    checked.check(supplier, "new solution profile: errors")
    field(supplier, "Description").fill("A battery robot arm on a small tracked carrier trims hedges at 48 dB(A).")
    supplier.get_by_label("Environment and circular economy").check()
    field(supplier, "Countries where it is deployed").select_option(["DE", "DK"])
    field(supplier, "Website").fill("https://brightfield-robotics.example/hedges")
    field(supplier.get_by_role("group", name="Reference 1"), "Where, and for whom").fill("Fictional schools of Lindenau")
    supplier.get_by_role("button", name="Save the profile").click()
    expect(supplier.get_by_text("Status: Draft")).to_be_visible()
    supplier.get_by_role("button", name="Submit for approval").click()
    expect(supplier.get_by_text("Status: Waiting for approval")).to_be_visible()
    checked.check(supplier, "solution profile: waiting")
    private_address = supplier.url

    visitor = new_page()
    checked.watch(visitor)
    visitor.goto("/showcase/")
    expect(visitor.get_by_role("link", name=NAME)).to_have_count(0)
    visitor.goto(private_address)
    expect(visitor).to_have_url(re.compile("/accounts/login/"))
    assert page_as(OTHER_SUPPLIER).goto(private_address).status == 404

    team = page_as(PLATFORM_TEAM)
    checked.watch(team)
    team.goto("/showcase/moderation/")
    checked.check(team, "showcase approval queue")
    team.get_by_role("link", name=NAME).click()
    team.get_by_label("Approve: publish in the showcase").check()
    team.get_by_role("button", name="Record the decision").click()
    expect(team.get_by_text("The profile is published in the showcase.")).to_be_visible()

    visitor.goto("/showcase/")
    visitor.get_by_label("Deployed in").select_option(label="Denmark")
    visitor.get_by_label("Maturity").select_option(label="Prototype demonstrated (TRL 5–7)")
    visitor.get_by_role("button", name="Apply filters").click()
    expect(visitor.get_by_role("link", name=NAME)).to_be_visible()
    checked.check(visitor, "showcase: filtered")
    visitor.get_by_role("link", name=NAME).click()
    expect(visitor.get_by_text("Fictional schools of Lindenau")).to_be_visible()
    checked.check(visitor, "solution")
    visitor.goto("/search/?q=hedge+trimming")
    expect(visitor.get_by_role("link", name=NAME)).to_be_visible()
    checked.check(visitor, "site search: a solution")

    buyer = page_as(BUYER)
    checked.watch(buyer)
    buyer.goto(visitor.url)
    buyer.goto("/showcase/")
    buyer.get_by_role("link", name=NAME).click()
    field(buyer, "Your message").fill("Could you show the robot at our depot in spring?")
    buyer.get_by_role("button", name="Send the message").click()
    expect(buyer.get_by_text("Your message was sent to the supplier")).to_be_visible()
    checked.check(buyer, "solution: message sent")

    checked.assert_clean()
