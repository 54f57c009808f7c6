"""Fixtures shared by every app's tests."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).parent / "innoprocure" / "locale"


def pytest_configure(config):
    """The translation catalogues compiled, as `make` does: German and French pages are tested as visitors see them.
    (Each xdist worker may do it; the file is replaced atomically, so they never read half a catalogue.)"""
    if shutil.which("msgfmt") is None:
        config.issue_config_time_warning(pytest.PytestWarning("msgfmt (GNU gettext) not found: catalogues not compiled"), 2)
        return
    for source in LOCALE.glob("*/LC_MESSAGES/django.po"):
        target = source.with_suffix(".mo")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            partial = target.with_suffix(f".mo.{os.getpid()}")
            subprocess.run(["msgfmt", "--check", "-o", str(partial), str(source)], check=True)  # noqa: S603, S607
            partial.replace(target)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters and cached pages never leak from one test into the next."""
    from django.core.cache import cache

    from innoprocure.core import memo, pagecache

    cache.clear()
    pagecache.forget_local_state()
    memo.forget()
    yield
    cache.clear()
    pagecache.forget_local_state()
    memo.forget()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a test that activates German leaves it active in its thread,
    and lazy messages read later in another test would come out in German."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def uploads_in_tmp(settings, tmp_path):
    """Every test writes its uploads to a folder of its own, public and private alike."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture
def home_page(db):
    """The site's home page, as the demo loader and a fresh install create it."""
    from innoprocure.core.site import ensure_home_page

    return ensure_home_page()


@pytest.fixture
def demo_content(db):
    """The whole demo content, loaded into this test's database (takes a few seconds)."""
    from django.core.management import call_command

    call_command("load_demo_content", stdout=open("/dev/null", "w"))


@pytest.fixture(scope="module")
def demo_database(django_db_setup, django_db_blocker):
    """The demo content, loaded once for a whole test module and rolled back after it.

    Like TestCase.setUpTestData: the load runs inside a transaction that is never committed, and each test's own
    transaction nests inside it (a savepoint), so tests see the demo content and leave it as they found it. Request
    `db` as well to use it from a test.
    """
    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
