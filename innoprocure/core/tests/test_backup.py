"""`manage.py backup` / `restore`: the database and every upload (public and private) come back exactly, on SQLite
and PostgreSQL, and a damaged backup is refused before anything changes."""

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from innoprocure.accounts.tests.factories import UserFactory
from innoprocure.audit.log import record
from innoprocure.core.backup import checksum, storages, stored_files

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def every_table():
    """Every row of every table in the database, in a comparable form."""
    snapshot = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor, include_views=False):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (table names of our own)
            snapshot[table] = sorted(repr(row) for row in cursor.fetchall())
    return snapshot


def every_file():
    return {
        (storage_name, name): storage.open(name).read()
        for storage_name, storage in storages().items()
        for name in stored_files(storage)
    }


@pytest.fixture
def site_with_uploads(home_page):
    public, private = storages()["media"], storages()["private-media"]
    public.save("images/harbour.png", ContentFile(b"\x89PNG\r\n\x1a\n" + b"p" * 100))
    private.save("membership/evidence/12/mandate.pdf", ContentFile(b"%PDF-1.4 mandate"))
    private.save("resources/attachments/guide.pdf", ContentFile(b"%PDF-1.4 guide"))
    person = UserFactory(email="kept@example.org")
    record("login", actor=person, target=person)
    return person


def test_backup_then_restore_brings_back_every_table_and_every_file(site_with_uploads, tmp_path):
    tables, files = every_table(), every_file()
    assert len(files) == 3

    out = StringIO()
    call_command("backup", "--to", str(tmp_path), stdout=out)
    folder = out.getvalue().strip()
    manifest = json.loads(Path(f"{folder}/manifest.json").read_text())
    assert set(manifest["files"]) == {
        "media/images/harbour.png",
        "private-media/membership/evidence/12/mandate.pdf",
        "private-media/resources/attachments/guide.pdf",
    }

    # Things go wrong: rows and files deleted, changed and added.
    site_with_uploads.delete()
    UserFactory(email="added.later@example.org")
    private = storages()["private-media"]
    private.delete("membership/evidence/12/mandate.pdf")
    private.delete("resources/attachments/guide.pdf")
    private.save("resources/attachments/guide.pdf", ContentFile(b"%PDF-1.4 replaced"))
    storages()["media"].save("documents/new.pdf", ContentFile(b"%PDF-1.4 new"))
    assert every_table() != tables and every_file() != files

    call_command("restore", folder, "--no-input", stdout=StringIO())
    assert every_table() == tables
    assert every_file() == files


def test_a_damaged_backup_is_refused_and_nothing_changes(site_with_uploads, tmp_path):
    out = StringIO()
    call_command("backup", "--to", str(tmp_path), stdout=out)
    folder = out.getvalue().strip()
    evidence = f"{folder}/files/private-media/membership/evidence/12/mandate.pdf"
    with open(evidence, "ab") as handle:
        handle.write(b"tampered")
    UserFactory(email="after.backup@example.org")
    tables = every_table()

    with pytest.raises(CommandError, match=re.escape("checksum differs: files/private-media/membership/evidence/12/mandate.pdf")):
        call_command("restore", folder, "--verify-only")
    with pytest.raises(CommandError, match="nothing was restored"):
        call_command("restore", folder, "--no-input")
    assert every_table() == tables
    assert (
        checksum(evidence)
        != json.loads(Path(f"{folder}/manifest.json").read_text())["files"]["private-media/membership/evidence/12/mandate.pdf"]
    )
