"""TED's daily packages, fetched from a local HTTP server (127.0.0.1, no real network) serving packages built from
the eForms SDK example notices (© European Union, Publications Office, CC BY 4.0)."""

import io
import tarfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import CommandError, call_command

from innoprocure.opportunities.importers.packages import fetch_new_packages, fetch_package
from innoprocure.opportunities.models import Opportunity, TedPackage
from innoprocure.opportunities.tests.samples import example

pytestmark = pytest.mark.django_db


def package(*names):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name in names:
            data = example(name)
            info = tarfile.TarInfo(f"20200417/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


PACKAGES = {
    "202000075": package("cn_24_open.xml", "cn_24_minimal.xml", "veat_81.xml"),
    "202000076": package("change-cn_24_open_dates.xml", "pin-only_24_lots.xml"),
    "202000077": b"<html>Service unavailable</html>",  # not a package: a proxy's error page
}


@pytest.fixture
def ted(settings, tmp_path):
    """A local server answering like TED's bulk download: /packages/daily/<issue>, 404 for unknown issues."""
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # the http.server interface
            issue = self.path.rsplit("/", 1)[-1]
            requests.append(issue)
            body = PACKAGES.get(issue)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.TED_DAILY_PACKAGE_URL = f"http://127.0.0.1:{server.server_port}/packages/daily/{{issue}}"
    settings.TED_DROP_FOLDER = tmp_path / "drop"
    yield requests
    server.shutdown()
    server.server_close()


def test_a_package_is_downloaded_checked_imported_and_logged(ted, settings):
    log = fetch_package("202000075")
    assert log.status == "imported" and log.attempts == 1
    assert log.counts == {"created": 2, "updated": 0, "unchanged": 0, "skipped": 1, "failed": 0}
    assert log.size == len(PACKAGES["202000075"]) and len(log.sha256) == 64
    assert (settings.TED_DROP_FOLDER / "packages" / "202000075.tar.gz").is_file()
    assert Opportunity.objects.count() == 2


def test_an_imported_package_is_not_fetched_again(ted):
    fetch_package("202000075")
    assert fetch_package("202000075").attempts == 1
    assert ted == ["202000075"]


def test_new_packages_carry_on_after_the_last_one_and_stop_where_ted_stops(ted):
    fetch_package("202000075")
    logs = fetch_new_packages()
    assert [(log.issue, log.status) for log in logs] == [("202000076", "imported"), ("202000077", "failed")]
    # 202000078 does not exist, nor does the first issue of 2021: the run stops there.
    assert ted[-2:] == ["202000078", "202100001"]
    assert Opportunity.objects.filter(opportunity_type="market-consultation").count() == 1
    failed = TedPackage.objects.get(issue="202000077")
    assert "not a package of notices" in failed.error


def test_a_failed_package_is_tried_again_next_time(ted):
    fetch_package("202000075")
    fetch_new_packages()
    PACKAGES["202000077"] = package("cn_81.xml")
    try:
        logs = fetch_new_packages()
    finally:
        PACKAGES["202000077"] = b"<html>Service unavailable</html>"
    retried = TedPackage.objects.get(issue="202000077")
    assert retried.status == "imported" and retried.attempts == 2 and retried.error == ""
    assert [log.issue for log in logs] == ["202000077"]


def test_an_unpublished_issue_leaves_no_log(ted):
    assert fetch_package("202000099") is None
    assert not TedPackage.objects.exists()


def test_the_command_reports_each_package(ted):
    out = io.StringIO()
    call_command("fetch_ted_packages", "202000075", "202000099", stdout=out)
    assert "202000075: imported (2 created, 1 skipped)." in out.getvalue()
    assert "Not published on TED: 202000099." in out.getvalue()
    with pytest.raises(CommandError, match="say which issue to start from"):
        TedPackage.objects.all().delete()
        call_command("fetch_ted_packages", stdout=io.StringIO())
