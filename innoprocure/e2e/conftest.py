"""Fixtures of the browser tests: the live demo site, Chromium, browser contexts per person, signing in.

These tests run with `make e2e` (or `pytest innoprocure/e2e`), not in the main pytest run: they share one server
with the demo content, which a parallel (xdist) run would start once per worker.
"""

import os
import time
from pathlib import Path

import pytest

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
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo-password-2026")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


def _e2e_requested(config):
    """True when the run names this folder (or a file in it), or E2E=1 is set."""
    if os.environ.get("E2E") == "1":
        return True
    for arg in config.args:
        path = (config.invocation_params.dir / arg.split("::")[0]).resolve()
        if path == E2E_DIR or E2E_DIR in path.parents:
            return True
    return False


def pytest_ignore_collect(collection_path, config):
    if not _e2e_requested(config):
        return True
    return None


# The site and the browser ----------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium_path():
    if not CHROMIUM.exists():
        pytest.skip(
            f"Chromium is not installed at {CHROMIUM}: the browser checks did not run. Install Debian's package "
            "(`apt-get install chromium`; CI does) or set E2E_CHROMIUM to a Chromium binary."
        )
    return CHROMIUM


@pytest.fixture(scope="session")
def live_site(chromium_path, tmp_path_factory):
    """The demo site on a free local port, with its own fresh database (docs/quality.md)."""
    from innoprocure.e2e.site import LiveSite

    site = LiveSite(tmp_path_factory.mktemp("e2e"))
    site.prepare()
    site.start()
    yield site
    site.stop()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


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


@pytest.fixture
def new_page(browser, live_site):
    """Opens a page in a browser context of its own (own cookies: one person). Checks, at the end, that no request
    failed with a server error and no script error occurred in any of them."""
    opened = []

    def open_page(storage_state=None, viewport=DESKTOP, **options):
        context = browser.new_context(
            base_url=live_site.url,
            viewport=viewport,
            locale="en-GB",
            timezone_id="Europe/Lisbon",
            accept_downloads=True,
            storage_state=storage_state,
            **options,
        )
        context.set_default_timeout(20_000)
        page = context.new_page()
        problems = Problems()
        problems.watch(page)
        opened.append((context, problems))
        return page

    yield open_page
    found = []
    for context, problems in opened:
        found += problems
        context.close()
    assert not found, "Problems behind the pages:\n" + "\n".join(found)


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
        self.totp_secrets = {}
        self.used_codes = {}

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


@pytest.fixture(scope="session")
def people(browser, live_site):
    return People(browser, live_site)


@pytest.fixture
def page_as(new_page, people):
    """A page in a new browser context of this person, already signed in."""

    def open_as(email, **options):
        return new_page(storage_state=people.state(email), **options)

    return open_as
