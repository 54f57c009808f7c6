"""Backups that lose nothing: the database and every storage (public uploads in MEDIA_ROOT and the private ones —
evidence, letters, attachments — in PRIVATE_MEDIA_ROOT), with a manifest of SHA-256 checksums that restore checks
before it changes anything. `manage.py backup` / `manage.py restore` (and `make backup` / `make restore`) call this.

A backup is one folder:

    <when>/manifest.json       what is in it: database vendor and file, every file with its checksum
    <when>/database.sqlite3    SQLite's own online backup (consistent while the site runs), or
    <when>/database.dump       pg_dump's custom format (one consistent snapshot)
    <when>/files/<storage>/…   every file of every storage

The database is captured first and the files after, so every file a database row names is in the backup.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import storages as configured_storages
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from innoprocure.core.storage import private_storage

MANIFEST = "manifest.json"
FORMAT = 1


class BackupError(Exception):
    pass


def storages():
    """Every storage that holds uploads, by the name it has in a backup."""
    return {"media": configured_storages["default"], "private-media": private_storage()}


def stored_files(storage, folder=""):
    """The names of every file in `storage`, in every folder."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from stored_files(storage, f"{folder}/{sub}" if folder else sub)


def checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _postgres_environment():
    settings = connection.settings_dict
    env = dict(os.environ)
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if settings.get(key):
            env[variable] = str(settings[key])
    return env, settings["NAME"]


def _run(command, env):
    # The command is ours (pg_dump/pg_restore) and its arguments come from the settings, never from a request.
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(folder):
    if connection.vendor == "sqlite":
        target = folder / "database.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)  # SQLite's online backup: a consistent copy while others write
        copy.close()
        return target
    if connection.vendor == "postgresql":
        target = folder / "database.dump"
        env, name = _postgres_environment()
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}", name], env)
        return target
    raise BackupError(f"Backups of {connection.vendor} databases are not supported.")


def load_database(path):
    if connection.vendor == "sqlite" and path.suffix == ".sqlite3":
        connection.ensure_connection()
        with sqlite3.connect(path) as source:
            source.backup(connection.connection)
        source.close()
    elif connection.vendor == "postgresql" and path.suffix == ".dump":
        connection.close()  # pg_restore replaces the tables: nothing of ours may hold them
        env, name = _postgres_environment()
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
              f"--dbname={name}", str(path)], env)  # fmt: skip
    else:
        raise BackupError(f"This backup ({path.name}) is not of a {connection.vendor} database.")


def backup(destination):
    """Write a new backup folder under `destination` and return its path."""
    folder = Path(destination) / timezone.now().strftime("%Y-%m-%dT%H%M%S")
    folder.mkdir(parents=True, exist_ok=False)
    database = dump_database(folder)
    files = {}
    for storage_name, storage in storages().items():
        for name in stored_files(storage):
            target = folder / "files" / storage_name / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with storage.open(name, "rb") as source, open(target, "wb") as copy:
                shutil.copyfileobj(source, copy)
            files[f"{storage_name}/{name}"] = checksum(target)
    manifest = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "database": {"vendor": connection.vendor, "file": database.name, "sha256": checksum(database)},
        "migrations": sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()),
        "files": files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return folder


def read_manifest(folder):
    try:
        manifest = json.loads((Path(folder) / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{folder} is not a backup: {error}") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{folder} has an unknown backup format.")
    return manifest


def verify(folder):
    """Everything wrong with the backup in `folder` (missing, changed or unlisted files); empty when it is sound."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    expected = {manifest["database"]["file"]: manifest["database"]["sha256"]}
    expected.update({f"files/{name}": digest for name, digest in manifest["files"].items()})
    problems = []
    for name, digest in sorted(expected.items()):
        path = folder / name
        if not path.is_file():
            problems.append(f"missing: {name}")
        elif checksum(path) != digest:
            problems.append(f"checksum differs: {name}")
    present = {str(path.relative_to(folder)) for path in (folder / "files").rglob("*") if path.is_file()}
    problems += [f"not in the manifest: {name}" for name in sorted(present - set(expected))]
    return problems


def restore(folder):
    """Replace the database and every storage with the backup in `folder`, once its checksums are verified.
    Files that are not in the backup are removed, so the storages end up exactly as they were."""
    folder = Path(folder)
    if problems := verify(folder):
        raise BackupError("The backup is damaged, nothing was restored: " + "; ".join(problems))
    manifest = read_manifest(folder)
    if manifest["database"]["vendor"] != connection.vendor:
        raise BackupError(f"This backup is of a {manifest['database']['vendor']} database, not {connection.vendor}.")
    load_database(folder / manifest["database"]["file"])
    for storage_name, storage in storages().items():
        for name in list(stored_files(storage)):
            storage.delete(name)
        prefix = f"{storage_name}/"
        for name in (name for name in manifest["files"] if name.startswith(prefix)):
            relative = name.removeprefix(prefix)
            with open(folder / "files" / name, "rb") as handle:
                saved = storage.save(relative, File(handle))
            if saved != relative:
                raise BackupError(f"{name} was restored as {saved}.")
    cache.clear()  # cached sessions and pages belong to the data that was replaced
    return manifest
