"""One migrated database per set of migrations, copied wherever the tests need a fresh one.

Running the ~290 migrations (most of them Wagtail's) costs about 14 s of CPU. A run needs a fresh database for
each pytest-xdist worker and for each live site of the browser tests: the first to ask migrates a template once,
under a file lock, and everyone copies it (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL).
The template's name carries a hash of every migration file, the settings and the pinned requirements, so a
changed migration or package gives a new template; older ones are removed.

Needs no Django setup: the live site's child process copies its database before it starts Django.
"""

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".pytest-db"
TEMPLATE_PREFIX = "migrated"


def fingerprint():
    digest = hashlib.sha256()
    sources = [ROOT / "requirements.txt", ROOT / "wijraad" / "settings" / "base.py"]
    sources += sorted(path for path in ROOT.glob("*/migrations/*.py"))
    for path in sources:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def copy_to(database_url):
    """Make the database at `database_url` a fresh copy of the migrated template (replacing what is there)."""
    server, name = _server(database_url)
    server.copy_to(name)


def ensure_template(database_url):
    """Migrate the template for the database server of `database_url`, unless it is there already."""
    _server(database_url)[0].ensure_template()


def exists(database_url):
    server, name = _server(database_url)
    return server.exists(name)


def scratch_url(database_url, name):
    """The URL of a database called `name` for one process's own use, on the server of `database_url`."""
    parts = urlsplit(database_url)
    if parts.scheme == "sqlite":
        return f"sqlite:///{WORK / name}.sqlite3"
    return urlunsplit(parts._replace(path=f"/wijraad_{name.replace('-', '_')}"))


def drop(database_url):
    server, name = _server(database_url)
    server.drop(name)


def _server(database_url):
    parts = urlsplit(database_url)
    if parts.scheme.startswith("postgres"):
        return _PostgreSQL(parts), parts.path.lstrip("/")
    if parts.scheme == "sqlite":
        return _SQLite(), Path("/" + parts.path.lstrip("/"))
    raise ValueError(f"No migrated template for {parts.scheme} databases")


def url_of(settings_dict, name):
    """The URL of database `name` on the server of a Django DATABASES entry."""
    if settings_dict["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{Path(name).resolve()}"
    user = settings_dict.get("USER") or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{user}{password}@{host}{port}/{name}"


@contextmanager
def locked(name):
    """One process at a time builds what .pytest-db/<name>.lock guards; the others wait for it."""
    WORK.mkdir(exist_ok=True)
    with (WORK / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _migrate(database_url):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "wijraad.settings.test", "DATABASE_URL": database_url}
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"Migrating the template database failed:\n{result.stdout}{result.stderr}")


class _SQLite:
    def __init__(self):
        self.template = WORK / f"{TEMPLATE_PREFIX}-{fingerprint()}.sqlite3"

    def ensure_template(self):
        with locked(f"{TEMPLATE_PREFIX}-sqlite"):
            if self.template.exists():
                return
            for old in WORK.glob(f"{TEMPLATE_PREFIX}-*.sqlite3*"):
                old.unlink()
            building = self.template.with_suffix(".building")
            building.unlink(missing_ok=True)
            _migrate(f"sqlite:///{building}")
            self._checkpoint(building)
            building.rename(self.template)

    @staticmethod
    def _checkpoint(path):
        """One file, no write-ahead log beside it, so that a plain copy is the whole database."""
        import sqlite3

        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def exists(self, path):
        return path.exists()

    def drop(self, path):
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def copy_to(self, path):
        self.ensure_template()
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.template, path)


class _PostgreSQL:
    def __init__(self, parts):
        self.parts = parts
        self.prefix = f"wijraad_{TEMPLATE_PREFIX}_"
        self.template = f"{self.prefix}{fingerprint()}"

    def _connect(self):
        import psycopg

        return psycopg.connect(urlunsplit(self.parts._replace(path="/postgres")), autocommit=True)

    def _execute(self, statement, *names):
        from psycopg import sql

        with self._connect() as connection:
            connection.execute(sql.SQL(statement).format(*(sql.Identifier(name) for name in names)))

    def ensure_template(self):
        # A lock of its own per engine: the two templates are built at the same time, one core each.
        with locked(f"{TEMPLATE_PREFIX}-postgresql"):
            names = self._names_with_prefix()
            if self.template in names:
                return
            for old in names:
                self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", old)
            building = f"{self.template}_building"
            self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", building)
            self._execute("CREATE DATABASE {}", building)
            _migrate(urlunsplit(self.parts._replace(path=f"/{building}")))
            self._execute("ALTER DATABASE {} RENAME TO {}", building, self.template)

    def _names_with_prefix(self):
        with self._connect() as connection:
            rows = connection.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)", [self.prefix])
            return {row[0] for row in rows.fetchall()}

    def exists(self, name):
        with self._connect() as connection:
            return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None

    def drop(self, name):
        self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)

    def copy_to(self, name):
        self.ensure_template()
        self.drop(name)
        self._execute("CREATE DATABASE {} TEMPLATE {}", name, self.template)


if __name__ == "__main__":
    # python -m tests.migrated_db URL...: prepare the templates ahead (CI does it while the checks run).
    for url in sys.argv[1:]:
        ensure_template(url)
