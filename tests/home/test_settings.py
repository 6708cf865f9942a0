import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


PRODUCTION_VARIABLES = {"SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "DEFAULT_FROM_EMAIL", "DATABASE_URL"}
PUBLIC = {"SITE_URL": "https://wijraad.example.org", "DEFAULT_FROM_EMAIL": "WIJ-raad <noreply@wijraad.nl>"}


@pytest.fixture
def start_production(tmp_path):
    """`manage.py check --deploy` with production settings, an empty database and only the given variables."""

    def start(**env):
        environment = {key: value for key, value in os.environ.items() if key not in PRODUCTION_VARIABLES}
        environment.update(
            DJANGO_SETTINGS_MODULE="wijraad.settings.production",
            DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
            **env,
        )
        return subprocess.run(
            [sys.executable, "manage.py", "check", "--deploy"],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return start


def test_production_refuses_to_start_without_secret_key(start_production):
    result = start_production(**PUBLIC)

    assert result.returncode != 0
    assert "The environment variable SECRET_KEY is not set" in result.stderr


def test_production_allows_the_public_host_without_allowed_hosts():
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup(); print(settings.ALLOWED_HOSTS)",
        ],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "wijraad.settings.production",
            "SECRET_KEY": "k" * 60,
        }
        | PUBLIC,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.stdout.strip() == "['wijraad.example.org']", check.stderr


def test_production_starts_with_its_variables_and_debug_off(start_production):
    result = start_production(SECRET_KEY="a-long-random-production-key-" + "y" * 40, **PUBLIC)

    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup(); print(settings.DEBUG)",
        ],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "wijraad.settings.production",
            "SECRET_KEY": "k" * 60,
        }
        | PUBLIC,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////tmp/x.sqlite3", "django.db.backends.sqlite3"),
        ("postgres://postgres@127.0.0.1:5432/test", "django.db.backends.postgresql"),
    ],
)
def test_database_url_selects_the_engine(url, expected):
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; import django; django.setup(); print(settings.DATABASES['default']['ENGINE'])",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "wijraad.settings.dev", "DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == expected, result.stderr
