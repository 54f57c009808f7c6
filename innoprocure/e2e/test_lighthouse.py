"""Lighthouse on the main pages (docs/quality.md): performance, accessibility, best practices and SEO each score at
least 95 out of 100 on a phone (Lighthouse's mobile emulation: slow 4G, a CPU four times slower), and on a desktop as
well with E2E_LIGHTHOUSE=mobile,desktop. One Node process and one Chromium measure every page (lighthouse.mjs); the
full reports land in var/lighthouse/.

A deliberately broken page goes through the same run, to prove that the gate names real problems.
"""

import http.server
import json
import os
import shutil
import subprocess  # runs node with the pinned Lighthouse of node_modules
import threading
import urllib.request
from dataclasses import dataclass
from functools import partial

import pytest

from innoprocure.e2e.helpers import CHROMIUM, E2E_DIR
from innoprocure.e2e.site import REPO_DIR

THRESHOLD = 0.95
LIGHTHOUSE = REPO_DIR / "node_modules" / "lighthouse" / "package.json"
RUNNER = E2E_DIR / "lighthouse.mjs"
REPORTS = REPO_DIR / "var" / "lighthouse"
FORM_FACTORS = [name.strip() for name in os.environ.get("E2E_LIGHTHOUSE", "mobile").split(",") if name.strip()]
# The platform's own time zone: the events and opportunity pages load once more for a visitor whose browser is in
# another zone, to show its times (timezone.js). Measured the same on every machine, whatever its clock says.
BROWSER_TIME_ZONE = "Europe/Brussels"


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    follow: str = ""  # a link to follow from `path` (the first one matching this CSS selector)


PAGES = [
    Page("home", "/"),
    Page("resources", "/resources/"),
    Page("resource", "/resources/?q=deep+renovation&type=case-study", follow=".search-hit__title a"),
    Page("opportunities", "/opportunities/"),
    Page("events", "/events/"),
    Page("story", "/stories/", follow="main .card__title a"),
    Page("network", "/network/"),
    Page("search", "/search/?q=hospital"),
]
# Audits left out on a page, each with its reason in docs/quality.md ("Accepted"): robots.txt keeps search
# engines out of the site's search results on purpose, which Lighthouse's "Page is blocked from indexing" reports.
ACCEPTED = {"search": ["is-crawlable"]}


def serve_fixtures():
    """The e2e fixtures (broken.html) on a free local port, from a thread: never from the site."""
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(E2E_DIR / "fixtures"))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_urls(browser, live_site):
    context = browser.new_context(base_url=live_site.url)
    page = context.new_page()
    urls = {}
    for item in PAGES:
        url = live_site.url + item.path
        if item.follow:
            page.goto(item.path)
            url = live_site.url + page.locator(item.follow).first.get_attribute("href")
        urls[item.name] = url
    context.close()
    return urls


def run_lighthouse(form_factor, pages):
    job = {
        "chromium": str(CHROMIUM),
        "formFactor": form_factor,
        "reportDir": str(REPORTS),
        "retryBelow": THRESHOLD,
        "pages": pages,
    }
    result = subprocess.run(  # noqa: S603
        ["node", str(RUNNER)],  # noqa: S607
        input=json.dumps(job),
        capture_output=True,
        text=True,
        cwd=REPO_DIR,
        env={**os.environ, "TZ": BROWSER_TIME_ZONE},
        timeout=900,
    )
    if result.returncode != 0:
        raise RuntimeError(f"Lighthouse stopped (exit {result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def lighthouse(browser, live_site):
    """Every page of PAGES measured in each form factor, and the broken fixture once."""
    unknown = set(FORM_FACTORS) - {"mobile", "desktop"}
    if unknown:
        pytest.fail(f"E2E_LIGHTHOUSE names {', '.join(sorted(unknown))}: Lighthouse knows mobile and desktop")
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed: Lighthouse runs on it (18.20 or newer; `make e2e` installs Lighthouse with npm)")
    if not LIGHTHOUSE.exists():
        pytest.skip("node_modules/lighthouse is missing: run `npm ci` (make e2e does)")
    urls = page_urls(browser, live_site)
    for url in urls.values():
        # As most visitors get a page: from the page cache, which an earlier visitor filled.
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - the local test server
            response.read()
    pages = [{"name": name, "url": url, "skipAudits": ACCEPTED.get(name, [])} for name, url in urls.items()]
    fixtures = serve_fixtures()
    try:
        # Only what the proof needs: the broken page's performance would cost a trace and seconds.
        broken = {
            "name": "broken-fixture",
            "url": f"http://127.0.0.1:{fixtures.server_port}/broken.html",
            "categories": ["accessibility", "seo"],
        }
        results = {form_factor: {} for form_factor in FORM_FACTORS}
        for number, form_factor in enumerate(FORM_FACTORS):
            results[form_factor] = run_lighthouse(form_factor, pages + ([broken] if number == 0 else []))
    finally:
        fixtures.shutdown()
    scores = {
        form_factor: {
            name: {
                **page["categories"],
                "runs": [
                    {"performance": run["categories"].get("performance"), "cpuSlowdownMultiplier": run["cpuSlowdownMultiplier"]}
                    for run in page["runs"]
                ],
            }
            for name, page in found.items()
        }
        for form_factor, found in results.items()
    }
    (REPORTS / "scores.json").write_text(json.dumps(scores, indent=2))
    return results


def describe(name, form_factor, result, low):
    lines = [f"{name} ({form_factor}, {result['url']}):"]
    for category, score in low.items():
        lines.append(f"  {category}: {score if score is None else round(score * 100)} (at least {round(THRESHOLD * 100)} needed)")
        for audit in result["failing"][category]:
            value = f" — {audit['displayValue']}" if audit["displayValue"] else ""
            lines.append(f"    {audit['id']}: {audit['title']}{value} (score {audit['score']})")
    lines.append("  metrics: " + ", ".join(f"{metric} {value}" for metric, value in result["metrics"].items()))
    for number, run in enumerate(result["runs"], start=1):
        scores = ", ".join(f"{category} {score}" for category, score in run["categories"].items())
        lines.append(
            f"  run {number}: {scores}; CPU slowdown {run['cpuSlowdownMultiplier']}x, machine's benchmark index "
            f"{run['benchmarkIndex']}{'; ' + run['runtimeError'] if run['runtimeError'] else ''}"
        )
    lines.append(f"  full report: var/lighthouse/{name}-{form_factor}.json")
    return "\n".join(lines)


@pytest.mark.parametrize("form_factor", FORM_FACTORS)
@pytest.mark.parametrize("name", [page.name for page in PAGES])
def test_lighthouse_scores_at_least_95(lighthouse, name, form_factor):
    result = lighthouse[form_factor][name]
    assert not result["runtimeError"], f"Lighthouse could not measure {name}: {result['runtimeError']}"
    low = {category: score for category, score in result["categories"].items() if score is None or score < THRESHOLD}
    assert not low, describe(name, form_factor, result, low)


def test_lighthouse_names_the_problems_of_a_broken_page(lighthouse):
    result = lighthouse[FORM_FACTORS[0]]["broken-fixture"]
    low = {category: score for category, score in result["categories"].items() if score is None or score < THRESHOLD}
    assert "accessibility" in low
    failing = {audit["id"] for audit in result["failing"]["accessibility"]}
    assert {"image-alt", "label"} <= failing, failing
    # No meta description and no viewport: SEO and the phone layout fall short too.
    assert "seo" in low and "meta-description" in {audit["id"] for audit in result["failing"]["seo"]}
    report = describe("broken-fixture", FORM_FACTORS[0], result, low)
    assert "image-alt: Image elements do not have `[alt]` attributes" in report
