"""Running site/up and site/down from a test, with an environment of their own (never the test run's settings)."""

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FRONT = "http://127.0.0.1:8080"
APP_A = "http://127.0.0.1:8181"
APP_B = "http://127.0.0.1:8182"
# Passed through to site/up when set (e.g. a database name of your own); everything else is left behind.
PASSED_ON = ("WIJRAAD_UP_DATABASE", "WIJRAAD_UP_REDIS_URL", "WIJRAAD_UP_DIR", "LANG")


@dataclass
class Topology:
    state: Path
    admin_password: str
    environment: dict
    database: str


def clean_environment():
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/root")}
    environment.update({name: os.environ[name] for name in PASSED_ON if name in os.environ})
    # A Redis database of its own, apart from the other tests' and from a development site/up.
    environment.setdefault("WIJRAAD_UP_REDIS_URL", "redis://127.0.0.1:6379/13")
    return environment


def cannot_run(reason):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and the production topology cannot run: {reason}", pytrace=False)
    pytest.skip(f"site/up cannot run here: {reason}")


def start():
    if os.geteuid() != 0 and not shutil.which("nginx"):
        cannot_run("site/up installs nginx with apt-get, which needs root")
    if not Path("/usr/bin/chromium").exists():
        cannot_run("the editor's part needs Chromium (apt-get install chromium)")
    environment = clean_environment()
    state = Path(environment.get("WIJRAAD_UP_DIR", ROOT / ".site-up"))
    result = subprocess.run(
        [ROOT / "site" / "up"], env=environment, capture_output=True, text=True, timeout=900, check=False
    )
    if result.returncode != 0:
        stop(environment)
        pytest.fail(f"site/up failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    assert f"the site answers at {FRONT}/" in result.stdout
    password = (state / "admin-password").read_text().strip()
    return Topology(state, password, environment, environment.get("WIJRAAD_UP_DATABASE", "wijraad_up"))


def stop(environment):
    return subprocess.run(
        [ROOT / "site" / "down"], env=environment, capture_output=True, text=True, timeout=120, check=False
    )


def run_manage(topology, *args):
    """manage.py with the topology's own .env, as an operator on one of its machines would run it."""
    command = f'set -a; . "{topology.state}/env"; set +a; exec .venv/bin/python manage.py "$@"'
    result = subprocess.run(
        ["bash", "-c", command, "manage.py", *args],
        cwd=ROOT,
        env=topology.environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def run_python(topology, code):
    """What `code` prints last, run by `manage.py shell` in the topology's environment."""
    return run_manage(topology, "shell", "--no-imports", "-c", code).strip().splitlines()[-1]
