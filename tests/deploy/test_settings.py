"""Production settings: `check --deploy` is clean with the documented variables, HSTS follows the environment, and
manage.py cannot run a server's commands with development settings by accident."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What README.md, "Production", tells an operator to set (the values are examples).
DOCUMENTED = {
    "DJANGO_SETTINGS_MODULE": "wijraad.settings.production",
    "SECRET_KEY": "k3J9-pX2vQ7nR4tY8wZ1aB5cD6eF0gH2iJ4kL6mN8oP0qR2sT4uV6wX8yZ0aB2cD4",
    "SITE_URL": "https://wijraad.example.org",
    # A real sender of the site's own domain: production refuses example.* addresses.
    "DEFAULT_FROM_EMAIL": "WIJ-raad <noreply@wijraad.nl>",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
    "RECAPTCHA_PUBLIC_KEY": "6Lc-example-public-key",
    "RECAPTCHA_PRIVATE_KEY": "6Lc-example-private-key",
}


def manage(*args, environ):
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY"}}
    env.update(environ)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_the_documented_variables(tmp_path):
    result = manage("check", "--deploy", environ={**DOCUMENTED, "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"})

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert "WARNING" not in result.stderr


def test_without_the_hsts_variables_check_deploy_names_them(tmp_path):
    environ = {key: value for key, value in DOCUMENTED.items() if not key.startswith("SECURE_HSTS_")}

    result = manage("check", "--deploy", environ={**environ, "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"})

    output = result.stdout + result.stderr
    assert "security.W005" in output and "security.W021" in output


def test_manage_py_refuses_development_settings_when_a_secret_key_is_set():
    result = manage("check", environ={"SECRET_KEY": DOCUMENTED["SECRET_KEY"]})

    assert result.returncode != 0
    assert "DJANGO_SETTINGS_MODULE=wijraad.settings.production" in result.stderr


@pytest.mark.parametrize("module", ["wijraad.settings.dev", "wijraad.settings.production"])
def test_manage_py_runs_with_the_settings_it_is_given(module):
    environ = {
        "DJANGO_SETTINGS_MODULE": module,
        "SECRET_KEY": DOCUMENTED["SECRET_KEY"],
        "SITE_URL": DOCUMENTED["SITE_URL"],
        "DEFAULT_FROM_EMAIL": DOCUMENTED["DEFAULT_FROM_EMAIL"],
    }

    result = manage("diffsettings", "--all", environ=environ)

    assert result.returncode == 0, result.stderr
    assert f"DEBUG = {module.endswith('dev')}" in result.stdout


def test_manage_py_uses_development_settings_on_a_developers_machine():
    result = manage("diffsettings", "--all", environ={})

    assert result.returncode == 0, result.stderr
    assert "DEBUG = True" in result.stdout
