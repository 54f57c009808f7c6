"""A throwaway copy of the site with the demo content, served on a free local port for the browser tests.

pytest-django's live_server empties the database between transactional tests, which would wipe the demo content the
journeys share; so the site runs as its own process: a fresh database (SQLite in a temporary folder, or a PostgreSQL
database called "e2e" when DATABASE_URL points to PostgreSQL), `migrate`, `load_demo_content`, then `runserver` with
the settings in innoprocure/e2e/settings.py. Tests read the database through `manage.py shell` and the e-mails the
site sent from the files the file e-mail backend writes.
"""

import email
import email.policy
import os
import re
import secrets
import socket
import subprocess  # runs manage.py of this repository only
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO_DIR = Path(__file__).resolve().parents[2]
MANAGE = [sys.executable, str(REPO_DIR / "manage.py")]
DATABASE_NAME = "e2e"
MAIL_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


class SiteError(RuntimeError):
    pass


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def create_postgres_database(url):
    """Drop and create the (empty) database of this URL, on the same server."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


class LiveSite:
    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.mail_dir = self.workdir / "mail"
        self.mail_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.workdir / "server.log"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self._log = None
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "innoprocure.e2e.settings",
            "VAR_DIR": str(self.workdir / "var"),
            "E2E_MAIL_DIR": str(self.mail_dir),
            "BASE_URL": self.url,
            # A Redis cache (CI) is shared: a prefix of our own keeps rate-limit counters of earlier runs away.
            "CACHE_KEY_PREFIX": f"e2e-{secrets.token_hex(4)}",
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("DATABASE_URL", None)
        database_url = os.environ.get("DATABASE_URL", "")
        if database_url.startswith(("postgres://", "postgresql://")):
            # The same PostgreSQL server, a database of our own.
            env["DATABASE_URL"] = urlunsplit(urlsplit(database_url)._replace(path=f"/{DATABASE_NAME}"))
        self.env = env
        self.prepared_marker = self.workdir / "prepared"

    # Set-up and tear-down -------------------------------------------------------------------------------------

    def prepare(self):
        """A new database with the demo content. A folder kept from an earlier run (E2E_KEEP_DIR) keeps its database,
        which is brought up to date: migrations and demo content are idempotent."""
        if "DATABASE_URL" in self.env and not self.prepared_marker.exists():
            create_postgres_database(self.env["DATABASE_URL"])
        # One process: Django starts once.
        self.shell(
            "from django.core.management import call_command\n"
            "call_command('migrate', interactive=False, verbosity=0)\n"
            "call_command('load_demo_content')\n",
            timeout=600,
        )
        self.prepared_marker.touch()

    def start(self, timeout=60):
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(  # noqa: S603
            [*MANAGE, "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            cwd=REPO_DIR,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SiteError(f"The test server stopped at start:\n{self.server_log()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        raise SiteError(f"The test server did not answer within {timeout} s:\n{self.server_log()[-3000:]}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._log is not None:
            self._log.close()

    def server_log(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    # The database, through Django ------------------------------------------------------------------------------

    def shell(self, code, timeout=120):
        """Run Python code in `manage.py shell` against the site's database; returns what it printed."""
        result = subprocess.run(  # noqa: S603
            [*MANAGE, "shell", "--no-imports", "-c", code],
            cwd=REPO_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise SiteError(f"manage.py shell failed:\n{code}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}")
        return result.stdout

    # E-mail --------------------------------------------------------------------------------------------------------

    def mails(self):
        """Every message the site has sent so far, oldest first."""
        messages = []
        for path in sorted(self.mail_dir.glob("*.log"), key=lambda p: p.stat().st_mtime_ns):
            for raw in path.read_bytes().split(MAIL_SEPARATOR):
                if raw.strip():
                    messages.append(email.message_from_bytes(raw.lstrip(b"\n"), policy=email.policy.default))
        return messages

    def wait_for_mail(self, to, subject_contains="", timeout=20):
        """The newest message to this address whose subject contains the words; waits until it arrives."""
        deadline = time.monotonic() + timeout
        while True:
            found = [
                message
                for message in self.mails()
                if to.lower() in str(message["To"]).lower() and subject_contains.lower() in str(message["Subject"]).lower()
            ]
            if found:
                return found[-1]
            if time.monotonic() > deadline:
                sent = [(str(m["To"]), str(m["Subject"])) for m in self.mails()]
                raise AssertionError(f"No e-mail to {to} about {subject_contains!r}; sent so far: {sent}")
            time.sleep(0.3)

    def links_in(self, message):
        """The links of this site in the plain-text part of a message."""
        body = message.get_body(preferencelist=("plain", "html")).get_content()
        return re.findall(re.escape(self.url) + r"[^\s\"'<>]*", body)
