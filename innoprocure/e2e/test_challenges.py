"""The issue's journey in a real browser: the buyer publishes (after the platform team's moderation), a supplier
asks a question, the buyer answers publicly, the supplier responds, a second supplier cannot see the response, the
buyer shortlists and gives feedback, and the outcome is published."""

import re

from playwright.sync_api import expect

from innoprocure.e2e.helpers import field

BUYER = "buyer@example.org"
SUPPLIER = "supplier@example.org"
SUPPLIER2 = "supplier2@example.org"
PLATFORM_TEAM = "moderator@example.org"
TITLE = "Quiet electric leaf collection"


def test_buyer_publishes_supplier_asks_and_responds_in_confidence_outcome_published(page_as, live_site):
    buyer = page_as(BUYER)
    buyer.goto("/challenges/")
    buyer.get_by_role("link", name="Describe a new challenge").click()
    field(buyer, "Title").fill(TITLE)
    field(buyer, "The need").fill("Collect autumn leaves in residential streets without the noise of leaf blowers.")
    buyer.get_by_label("English", exact=True).check()
    field(buyer, "Deadline for questions").fill("2099-05-01T12:00")
    field(buyer, "Deadline for responses").fill("2099-06-01T12:00")
    field(buyer, "Time zone of the deadlines").select_option("Europe/Copenhagen")
    field(buyer, "Country").select_option(label="Denmark")
    buyer.get_by_label("Pre-commercial procurement (PCP)").check()
    buyer.get_by_role("button", name="Save the draft and preview it").click()
    expect(buyer.get_by_text("Preview of a draft: not published")).to_be_visible()
    buyer.get_by_role("button", name="Submit for moderation").click()
    expect(buyer.get_by_text("waiting for the platform team's moderation")).to_be_visible()
    address = buyer.url

    team = page_as(PLATFORM_TEAM)
    team.goto("/challenges/moderation/")
    team.get_by_role("link", name=TITLE).click()
    team.get_by_label("Approve").check()
    team.get_by_role("button", name="Record the decision").click()
    expect(team.get_by_text("The challenge is published.")).to_be_visible()

    supplier = page_as(SUPPLIER)
    supplier.goto(address)
    field(supplier, "Your question").fill("May the machines run before 7:00?")
    supplier.get_by_role("button", name="Send the question").click()
    expect(supplier.get_by_text("Your question was sent.")).to_be_visible()

    buyer.goto(address)
    buyer.get_by_label("Public answer").fill("Yes, from 6:00, below 45 dB(A).")
    buyer.get_by_role("button", name="Publish the answer").click()
    expect(buyer.get_by_text("The answer is published")).to_be_visible()

    supplier2 = page_as(SUPPLIER2)
    supplier2.goto(address)
    expect(supplier2.get_by_text("May the machines run before 7:00?")).to_be_visible()
    expect(supplier2.get_by_text("Yes, from 6:00, below 45 dB(A).")).to_be_visible()

    supplier.goto(address)
    supplier.get_by_role("link", name="Send a solution idea").click()
    field(supplier, "Summary of the solution").fill("Battery vacuum carts with soft brushes, 40 dB(A) at 7 m.")
    field(supplier, "Technology readiness level (TRL)").select_option("6")
    supplier.get_by_role("button", name="Send the response").click()
    expect(supplier.get_by_text("Your response was sent.")).to_be_visible()
    response_address = supplier.url

    assert supplier2.goto(response_address).status == 404
    supplier2.goto("/challenges/")
    expect(supplier2.get_by_text("Battery vacuum carts")).to_have_count(0)

    buyer.goto(response_address)
    expect(buyer.get_by_text("Battery vacuum carts with soft brushes")).to_be_visible()
    buyer.get_by_label("Shortlisted", exact=True).check()
    buyer.get_by_role("button", name="Save the status").click()
    field(buyer, "Feedback to the supplier").fill("Convincing noise figures; we invite you to the PCP.")
    buyer.get_by_role("button", name="Send the feedback").click()
    expect(buyer.get_by_text("Your feedback was sent to the supplier.")).to_be_visible()

    supplier.goto(response_address)
    expect(supplier.locator("main")).to_contain_text("Shortlisted")
    expect(supplier.get_by_text("Convincing noise figures")).to_be_visible()

    buyer.goto(address)
    buyer.get_by_role("link", name="Publish the outcome").click()
    buyer.get_by_label("No suitable solution").check()
    field(buyer, "About the outcome").fill("We will run a PCP next year with what we learnt.")
    buyer.get_by_role("button", name="Publish the outcome").click()
    expect(buyer.get_by_text("The outcome is published")).to_be_visible()
    visitor_page = page_as(SUPPLIER2)
    visitor_page.goto(address)
    expect(visitor_page.get_by_role("heading", name=re.compile("Outcome"))).to_be_visible()
    expect(visitor_page.get_by_text("Battery vacuum carts")).to_have_count(0)
