"""The loaded demo site, kept on disk so that a test database gets it as a copy of rows instead of a fresh load.

Loading the demo content runs some 9,000 queries (10-20 s); putting its rows back takes a fraction of a second.
The first process that needs the demo site loads it, under a file lock, and keeps its rows, the warnings the loader
logged and the media files it wrote in .pytest-db/demo-<vendor>-<key>.pickle; every other test process and every
live site of the browser tests copies them. The key covers the migrated template, every source and catalogue
outside tests/, this file and today's date (the loader dates its examples from the day it runs): a changed loader,
model, translation or day loads anew. Older snapshots are removed.

Both happen inside the caller's transaction. Foreign keys are checked at commit, so the order of the tables does
not matter.
"""

import functools
import hashlib
import logging
import os
import pickle
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from django.utils import timezone

from tests import migrated_db

ROOT = migrated_db.ROOT
_SKIPPED_FOLDERS = {"tests", "node_modules", "media", "private-media", "staticfiles", "test-artifacts", "__pycache__"}
_MEDIA_ROOTS = ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT")
_kept = {}  # path -> what load_or_restore read or wrote, so later modules of this process skip the file


def load_or_restore():
    """Make the database of `connection` the demo site; return the loader's warnings as (logger, message) pairs."""
    path = migrated_db.WORK / f"demo-{connection.vendor}-{_key()}.pickle"
    if path not in _kept:
        with migrated_db.locked(f"demo-{connection.vendor}"):
            if path.exists():
                _kept[path] = pickle.loads(path.read_bytes())  # noqa: S301 (written by this module)
            else:
                _kept[path] = _load()
                _write(path, _kept[path])
                return _kept[path]["warnings"]
    snapshot = _kept[path]
    _restore(snapshot["rows"])
    _restore_files(snapshot["files"])
    return snapshot["warnings"]


@functools.cache
def _key():
    digest = hashlib.sha256(migrated_db.fingerprint().encode())
    digest.update(timezone.localdate().isoformat().encode())
    for path in [*_sources(), Path(__file__)]:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _sources():
    found = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = sorted(name for name in subfolders if name not in _SKIPPED_FOLDERS and name[0] != ".")
        found += [Path(folder, name) for name in sorted(files) if name.endswith((".py", ".po"))]
    return found


def _load():
    warnings = []

    class Collect(logging.Handler):
        def emit(self, record):
            warnings.append((record.name, record.getMessage()))

    handler = Collect(logging.WARNING)
    before = _media_files()
    logging.getLogger().addHandler(handler)
    try:
        call_command("load_demo_content", verbosity=0)
    finally:
        logging.getLogger().removeHandler(handler)
    written = {key: path.read_bytes() for key, path in _media_files().items() if key not in before}
    return {"warnings": warnings, "rows": _take(), "files": written}


def _write(path, snapshot):
    for old in path.parent.glob(f"demo-{connection.vendor}-*.pickle"):
        old.unlink()
    building = path.with_suffix(".building")
    building.write_bytes(pickle.dumps(snapshot, protocol=pickle.HIGHEST_PROTOCOL))
    building.rename(path)


def _media_files():
    """Every file under the media folders, by (setting, path inside it)."""
    files = {}
    for setting in _MEDIA_ROOTS:
        root = Path(getattr(settings, setting))
        if root.is_dir():
            files.update({(setting, str(path.relative_to(root))): path for path in root.rglob("*") if path.is_file()})
    return files


def _restore_files(files):
    for (setting, name), content in files.items():
        path = Path(getattr(settings, setting)) / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


def _tables(cursor):
    """Every table of a model (the SQLite search index is a virtual table whose key is its rowid)."""
    names = set(connection.introspection.django_table_names(only_existing=True, include_views=False))
    if connection.vendor != "sqlite":
        return dict.fromkeys(sorted(names), "*")
    cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    virtual = {name for (name,) in cursor.fetchall()}
    return {name: "rowid, *" if name in virtual else "*" for name in sorted(names)}


def _take():
    rows = {}
    with connection.cursor() as cursor:
        for table, columns in _tables(cursor).items():
            quoted = connection.ops.quote_name(table)
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {quoted} TO STDOUT") as copy:
                    rows[table] = b"".join(bytes(block) for block in copy)
            else:
                cursor.execute(f"SELECT {columns} FROM {quoted}")  # noqa: S608 (table names from the schema)
                names = [column[0] for column in cursor.description]
                rows[table] = (names, cursor.fetchall())
    return rows


def _restore(rows):
    with connection.cursor() as cursor:
        for table, content in rows.items():
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"DELETE FROM {quoted}")  # noqa: S608
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {quoted} FROM STDIN") as copy:
                    copy.write(content)
                continue
            names, values = content
            if values:
                columns = ", ".join(connection.ops.quote_name(name) for name in names)
                placeholders = ", ".join("%s" for _name in names)
                cursor.executemany(f"INSERT INTO {quoted} ({columns}) VALUES ({placeholders})", values)  # noqa: S608
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(statement)


def _prepare(database_url):
    """Make the snapshot for the database server of `database_url` in a scratch copy of the migrated template."""
    import django
    from django.db import transaction

    scratch = migrated_db.scratch_url(database_url, f"demo-snapshot-{os.getpid()}")
    migrated_db.copy_to(scratch)
    os.environ.update(DJANGO_SETTINGS_MODULE="wijraad.settings.test", DATABASE_URL=scratch)
    django.setup()
    try:
        with transaction.atomic():
            load_or_restore()
            transaction.set_rollback(True)
    finally:
        connection.close()
        migrated_db.drop(scratch)


if __name__ == "__main__":
    # python -m tests.demo_snapshot URL: the migrated template and the demo snapshot for that database server, made
    # ahead (CI does it while the checks run).
    import sys

    _prepare(sys.argv[1])
