"""Fixtures of the browser tests: the live demo site, Chromium, browser contexts per person, signing in.

These tests run with `make e2e` (or `pytest innoprocure/e2e`), not in the main pytest run: they share one server
with the demo content, which a parallel (xdist) run would start once per worker.
"""

import os
from pathlib import Path

import pytest

from innoprocure.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, DESKTOP, E2E_DIR, FAILURE_SCREENSHOTS, People, Problems


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

    # E2E_KEEP_DIR keeps the site's database between runs, for quick runs while writing tests.
    keep = os.environ.get("E2E_KEEP_DIR")
    site = LiveSite(Path(keep) if keep else tmp_path_factory.mktemp("e2e"))
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


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Lets the page fixture know whether the test failed, to keep a screenshot of each of its pages.
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def new_page(request, browser, live_site):
    """Opens a page in a browser context of its own (own cookies: one person). Checks, at the end, that no request
    failed with a server error and no script error occurred in any of them."""
    opened = []

    def open_page(storage_state=None, viewport=DESKTOP, **options):
        options.setdefault("timezone_id", "Europe/Lisbon")
        context = browser.new_context(
            base_url=live_site.url,
            viewport=viewport,
            locale="en-GB",
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
    failed = getattr(request.node, "report_call", None) is not None and request.node.report_call.failed
    found = []
    for number, (context, problems) in enumerate(opened):
        found += problems
        if failed:
            FAILURE_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            for page_number, page in enumerate(context.pages):
                page.screenshot(path=FAILURE_SCREENSHOTS / f"{request.node.name}-{number}-{page_number}.png", full_page=True)
        context.close()
    assert not found, "Problems behind the pages:\n" + "\n".join(found)


@pytest.fixture(scope="session")
def people(browser, live_site):
    return People(browser, live_site)


@pytest.fixture
def page_as(new_page, people):
    """A page in a new browser context of this person, already signed in."""

    def open_as(email, **options):
        return new_page(storage_state=people.state(email), **options)

    return open_as
