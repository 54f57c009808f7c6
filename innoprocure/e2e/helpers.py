"""What the browser tests share: where things are, people who sign in, problems noticed behind a page's back."""

import json
import os
import re
import time
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

E2E_DIR = Path(__file__).resolve().parent
CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# For a person to look at: screenshots of the key pages, and of every page open when a test failed.
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
FAILURE_SCREENSHOTS = SCREENSHOTS / "failures"
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo-password-2026")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
TABLET = {"width": 768, "height": 1024}


class Problems(list):
    """What went wrong behind the page's back: server errors, failed assets, JavaScript errors (CSP ones included)."""

    def watch(self, page):
        page.on("response", self._response)
        page.on("pageerror", lambda error: self.append(f"JavaScript error on {page.url}: {error}"))
        page.on("console", lambda message: self._console(page, message))

    def _response(self, response):
        if response.status >= 500:
            self.append(f"server error {response.status} for {response.request.method} {response.url}")
        elif response.status >= 400 and response.request.resource_type != "document":
            # Pages may answer 4xx on purpose (a 404 page, a refused form); their assets may not.
            self.append(f"{response.status} for {response.request.resource_type} {response.url}")

    def _console(self, page, message):
        text = message.text
        if message.type == "error" and not text.startswith("Failed to load resource: the server responded with a status of 4"):
            self.append(f"console error on {page.url}: {text}")


# People -----------------------------------------------------------------------------------------------------------


def totp_code(secret, at=None):
    """The authenticator app's current code for this secret (allauth's own implementation)."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    counter = int((time.time() if at is None else at) // 30)
    return format_hotp_value(hotp_value(secret, counter))


def fresh_totp_code(secret, used):
    """A code not used before for this secret: allauth refuses a code twice, so wait for the next one if needed."""
    while True:
        code = totp_code(secret)
        if code not in used:
            used.add(code)
            return code
        time.sleep(1)


class People:
    """Signs people in through the real sign-in form once per session and hands out their cookies, so that every
    test gets a fresh browser context per person without signing in again. Staff set up their authenticator app
    at first sign-in, as the site demands; the secret is read from the set-up page."""

    def __init__(self, browser, live_site):
        self.browser = browser
        self.site = live_site
        self.states = {}
        # Kept with the site's database, which keeps the authenticators (E2E_KEEP_DIR reuses both).
        self.secrets_file = live_site.workdir / "totp-secrets.json"
        self.totp_secrets = json.loads(self.secrets_file.read_text()) if self.secrets_file.exists() else {}
        self.used_codes = {email: set() for email in self.totp_secrets}

    def sign_in(self, page, email, password=DEMO_PASSWORD):
        page.goto("/accounts/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        if "/accounts/2fa/authenticate/" in page.url:
            page.get_by_label("Code").fill(fresh_totp_code(self.totp_secrets[email], self.used_codes[email]))
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_load_state()
        if "/accounts/reauthenticate/" in page.url:
            page.get_by_label("Password").fill(password)
            page.get_by_role("button", name="Confirm").click()
            page.wait_for_load_state()
        if "/accounts/2fa/totp/activate/" in page.url:
            secret = page.locator("#authenticator_secret").input_value()
            self.totp_secrets[email] = secret
            self.secrets_file.write_text(json.dumps(self.totp_secrets))
            self.used_codes[email] = set()
            page.get_by_label("Authenticator code").fill(fresh_totp_code(secret, self.used_codes[email]))
            page.get_by_role("button", name="Activate").click()
            page.wait_for_load_state()
        assert "/accounts/login/" not in page.url, f"{email} could not sign in: {page.url}"

    def state(self, email):
        """Cookies of a signed-in session for this person (signs in on first use)."""
        if email not in self.states:
            context = self.browser.new_context(base_url=self.site.url)
            page = context.new_page()
            self.sign_in(page, email)
            self.states[email] = context.storage_state()
            context.close()
        return self.states[email]


def field(page_or_locator, label):
    """The form control with this label, whether or not the label ends in "(required)"."""
    return page_or_locator.get_by_label(re.compile(rf"^\s*{re.escape(label)}(\s*\(required\))?\s*$"))


def submit_filters(page, form):
    """Apply a filter form: its script submits it on change where it has one (data-…autosubmit); otherwise, or
    when the script did not, press its submit button — as a visitor without JavaScript would."""
    before = page.url
    if form.evaluate("form => [...form.attributes].some(attribute => attribute.name.includes('autosubmit'))"):
        try:
            page.wait_for_url(lambda url: url != before, timeout=5_000)
            page.wait_for_load_state()
            return
        except PlaywrightTimeoutError:
            pass  # not submitted by the script: use the button below
    form.locator("[type=submit]").first.click()
    page.wait_for_load_state()


def create_account(page, site, email, password, given_name="Ana", family_name="Novak"):
    """Sign up through the form, confirm the address with the link from the e-mail, and sign in."""
    page.goto("/accounts/signup/")
    field(page, "Given name").fill(given_name)
    field(page, "Family name").fill(family_name)
    field(page, "Email").fill(email)
    field(page, "Password").fill(password)
    field(page, "Password (again)").fill(password)
    page.locator("main").get_by_role("button", name=re.compile("^(create account|sign up)$", re.I)).click()
    page.wait_for_load_state()
    message = site.wait_for_mail(email, "Confirm")
    page.goto(next(link for link in site.links_in(message) if "/accounts/confirm-email/" in link))
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_load_state()
    page.goto("/accounts/login/")
    field(page, "Email").fill(email)
    field(page, "Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "/accounts/login/" not in page.url, f"{email} could not sign in after confirming the address"


# What is focused, and whether it shows it.
FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) { return null; }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        description: element.outerHTML.slice(0, 160),
        tag: element.tagName.toLowerCase(),
        id: element.id,
        href: element.getAttribute('href') || '',
        text: (element.innerText || element.value || '').trim(),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none' && style.boxShadow !== '',
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight
            && box.right > 0 && box.left < window.innerWidth,
    };
}"""


def tab_until(page, wanted, what, limit=200):
    """Press Tab until `wanted(focused)` holds; every stop on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused is not None, f"Tab left the page's controls while looking for {what} on {page.url}"
        assert focused["outline"] or focused["shadow"], f"focus is not visible on {focused['description']} ({page.url})"
        assert focused["onScreen"], f"the focused element is off screen: {focused['description']} ({page.url})"
        if wanted(focused):
            return focused
    raise AssertionError(f"{what} was not reached with {limit} presses of Tab on {page.url}")
