import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start_production(**env):
    environment = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE="wijraad.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = start_production(ALLOWED_HOSTS="wijraad.example.org")

    assert result.returncode != 0
    assert "The environment variable SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start_production(SECRET_KEY="x" * 60)

    assert result.returncode != 0
    assert "The environment variable ALLOWED_HOSTS is not set" in result.stderr


def test_production_starts_with_both_and_debug_off():
    result = start_production(
        SECRET_KEY="a-long-random-production-key-" + "y" * 40, ALLOWED_HOSTS="wijraad.example.org"
    )

    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup(); print(settings.DEBUG)",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "wijraad.settings.production",
            "SECRET_KEY": "k" * 60,
            "ALLOWED_HOSTS": "wijraad.example.org",
        },
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
