"""Membership of the P2I Network from self-check to admission, in a real browser: the applicant, the network
secretariat (with its authenticator app) and three member centres' representatives, each in a browser context of
their own, as five different people on five computers."""

import re
import time

from playwright.sync_api import expect

from innoprocure.e2e.helpers import create_account, field

VOTERS = ["rep-at@example.org", "rep-nl@example.org", "rep-se@example.org"]
# The smallest valid PDF the upload check accepts: the applicant's evidence of its mandate.
MANDATE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def test_from_self_check_to_admission(new_page, page_as, live_site):
    organisation = f"Slovak Innovation Procurement Centre {time.time_ns() % 100000}"
    applicant_email = f"applicant-sk-{time.time_ns()}@example.org"

    # The applicant checks its eligibility without an account …
    applicant = new_page()
    applicant.goto("/network/membership/")
    applicant.get_by_role("link", name="Check your eligibility").click()
    expect(applicant.get_by_role("heading", level=1)).to_have_text("Eligibility self-check")
    for group in applicant.locator("main form fieldset").all():
        group.get_by_label("Yes").check()
    applicant.get_by_role("button", name="Check my eligibility").click()
    expect(applicant.get_by_role("heading", name="Your organisation meets the four requirements")).to_be_visible()

    # … then creates an account and applies.
    create_account(applicant, live_site, applicant_email, "slovak-centre-passphrase-2026")
    applicant.goto("/network/membership/self-check/?mandate=yes&resources=yes&investment=yes&commitment=yes")
    applicant.get_by_role("link", name="Start your application").click()
    field(applicant, "Organisation").fill(organisation)
    field(applicant, "Country").select_option(label="Slovakia")
    field(applicant, "Parent ministry or agency").fill("Public Procurement Office of the Slovak Republic")
    field(applicant, "Year established").fill("2019")
    field(applicant, "Website").fill("https://innovation-procurement-sk.example.org/")
    field(applicant, "Track record").fill(
        "Advice to 60 contracting authorities and four supported innovation tenders since 2019."
    )
    applicant.locator("main form").get_by_label("Contact person", exact=True).fill("Zuzana Kováčová")
    field(applicant, "Contact e-mail").fill(applicant_email)
    field(applicant, "Contact telephone").fill("+421 2 5555 0100")
    evidence = {
        "An official government mandate": "Government resolution 412/2019 designates the centre as the national "
        "competence centre for innovation procurement.",
        "A dedicated budget and resources": "A yearly budget of EUR 600,000, six staff, a website and offices in Bratislava.",
        "Able and willing to invest in the network": "Two staff members for every knowledge-exchange meeting and a "
        "travel budget of EUR 20,000 a year.",
        "Committed at institutional level": "The office's board approved membership until at least 2030.",
    }
    for requirement, text in evidence.items():
        field(applicant, requirement).fill(text)
    mandate_group = applicant.get_by_role("group", name=re.compile("An official government mandate"))
    mandate_group.get_by_label("Supporting document (optional)").set_input_files(
        {"name": "government-resolution.pdf", "mimeType": "application/pdf", "buffer": MANDATE_PDF}
    )
    applicant.get_by_role("button", name="Submit application").click()
    applicant.wait_for_load_state()
    applicant.goto("/network/membership/my-application/")
    expect(applicant.locator("main")).to_contain_text(organisation)
    expect(applicant.locator("main")).to_contain_text("Submitted")

    # The secretariat (password and authenticator code) sets the quorum for a ballot that three centres can carry …
    secretariat = page_as("secretariat@example.org")
    secretariat.goto("/admin/settings/network/governancesettings/")
    secretariat.get_by_label("Quorum (%)").fill("20")
    secretariat.get_by_role("button", name="Save").first.click()
    expect(secretariat.get_by_text(re.compile("updated", re.I)).first).to_be_visible()

    # … checks the application and opens the ballot, which e-mails the member centres.
    secretariat.goto("/network/membership/secretariat/?status=submitted")
    secretariat.get_by_role("link", name=organisation).click()
    expect(secretariat.get_by_text("Every field a complete application needs is filled in")).to_be_visible()
    expect(secretariat.locator("main")).to_contain_text("quorum 20%")
    secretariat.get_by_role("button", name="Open the ballot").click()
    expect(secretariat.get_by_role("heading", name="Ballot in progress")).to_be_visible()
    expect(secretariat.locator("main")).to_contain_text(re.compile(r"0 of \d+ centres have voted"))
    # The applicant is told, as its status page promised, with the closing time and its zone.
    opened = live_site.wait_for_mail(applicant_email, "put to the vote")
    assert re.search(r"closes on \d+ \w+ \d{4}, \d\d:\d\d CES?T", opened.get_body(preferencelist=("plain",)).get_content())

    # Three representatives follow the link in their e-mail and vote yes, each on their own computer.
    for voter in VOTERS:
        message = live_site.wait_for_mail(voter, organisation)
        ballot_link = next(link for link in live_site.links_in(message) if "/network/membership/ballots/" in link)
        representative = page_as(voter)
        representative.goto(ballot_link)
        expect(representative.get_by_role("heading", level=1)).to_have_text(f"Ballot on {organisation}")
        expect(representative.get_by_role("heading", name="Balance report")).to_be_visible()
        representative.locator("#vote ~ form").get_by_label("Yes").check()
        representative.get_by_role("button", name="Cast the vote").click()
        expect(representative.locator("main")).to_contain_text("You can change the vote until the ballot closes")
        # No tally before the close, not even one's own centre's count.
        expect(representative.get_by_role("heading", name="Outcome")).to_have_count(0)

    # The secretariat sees the participation, never the choices, and closes the ballot early, with a reason.
    secretariat.reload()
    expect(secretariat.locator("main")).to_contain_text(re.compile(r"3 of \d+ centres have voted"))
    expect(secretariat.locator("main")).not_to_contain_text("vote.cast: yes")
    field(secretariat, "Why close the ballot now?").fill("Quorum is reached and the pilot year ends; the members agreed.")
    secretariat.get_by_role("button", name="Close the ballot now").click()
    expect(secretariat.get_by_role("heading", name="Outcome")).to_be_visible()
    expect(secretariat.locator("main")).to_contain_text(re.compile("admitted", re.I))

    # The applicant hears the outcome, and its centre is a member now.
    live_site.wait_for_mail(applicant_email, "")
    applicant.goto("/network/membership/my-application/")
    expect(applicant.locator("main")).to_contain_text("Admitted")
    applicant.goto("/network/members/?status=member")
    expect(applicant.get_by_role("link", name=organisation)).to_be_visible()
