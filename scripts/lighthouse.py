"""`make lighthouse`: Lighthouse on a phone profile for the home page, a news item, a vacancy page and a form page.

    python scripts/lighthouse.py
    python scripts/lighthouse.py --install-only   # only fetch Lighthouse (CI does it while other steps run)

Installs Lighthouse (pinned, from the npm registry) into .lighthouse/, prepares a demo database there, serves the
site with production settings under gunicorn (static files through WhiteNoise, compressed, with hashed names)
and runs Lighthouse with Debian's Chromium (/usr/bin/chromium, or CHROME_PATH). The HTML and JSON reports go to
test-artifacts/lighthouse/. Fails when any of performance, accessibility, best practices or SEO is below 100.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".lighthouse"
REPORTS = ROOT / "test-artifacts" / "lighthouse"
# 12.2.3 is the last Lighthouse that runs on Node 20 (Debian's); 13 needs Node 22.
LIGHTHOUSE = "lighthouse@12.2.3"
PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8393"))
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
PAGES = {
    "home": "/",
    "news-item": "/nieuws/expertmeeting-wij-en-het-veld/",
    "vacancy": "/vacatures/lid-van-de-wij-raad/",
    "form-page": "/aanmelden-open-vergadering/",
}


def environment():
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="wijraad.settings.production",
        SECRET_KEY="lighthouse-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",  # noqa: S106 (a local test run)
        SITE_URL=f"http://127.0.0.1:{PORT}",
        DEFAULT_FROM_EMAIL="WIJ-raad <noreply@wijraad.nl>",
        DATABASE_URL=f"sqlite:///{WORK / 'demo.sqlite3'}",
        MEDIA_ROOT=str(WORK / "media"),
        PRIVATE_MEDIA_ROOT=str(WORK / "private-media"),
        CACHE_DIR=str(WORK / "cache"),
        LOG_LEVEL="WARNING",
    )
    env.pop("REDIS_URL", None)
    return env


def run(command, env=None, cwd=ROOT):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{result.stdout}{result.stderr}")
    return result.stdout


def install_lighthouse():
    binary = WORK / "node_modules" / ".bin" / "lighthouse"
    marker = WORK / "installed-version"
    if not binary.exists() or not marker.exists() or marker.read_text() != LIGHTHOUSE:
        print(f"installing {LIGHTHOUSE} into {WORK.name}/", flush=True)
        WORK.mkdir(exist_ok=True)
        run(["npm", "install", "--prefix", str(WORK), "--no-audit", "--no-fund", "--save-exact", LIGHTHOUSE])
        marker.write_text(LIGHTHOUSE)
    return binary


def prepare_site(env):
    print("preparing the demo database and static files", flush=True)
    (WORK / "demo.sqlite3").unlink(missing_ok=True)
    shutil.rmtree(WORK / "cache", ignore_errors=True)
    python = sys.executable
    run([python, "manage.py", "migrate", "--noinput"], env)
    run([python, "manage.py", "load_demo_content"], env)
    run([python, "manage.py", "collectstatic", "--noinput"], env)


def start_site(env):
    command = [sys.executable, "-m", "gunicorn", "wijraad.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{PORT}"]
    command += ["--control-socket", str(WORK / "gunicorn.ctl"), "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/", timeout=5):
                return server
        except OSError:
            time.sleep(0.3)
    stop(server)
    sys.exit("the site did not answer")


def stop(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def audit(binary, name, path, run_number=1):
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    output = REPORTS / (name if run_number == 1 else f"{name}-run{run_number}")
    command = [
        str(binary),
        f"http://127.0.0.1:{PORT}{path}",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        "--form-factor=mobile",
        "--output=html",
        "--output=json",
        f"--output-path={output}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    env = {**os.environ, "CHROME_PATH": chrome}
    for attempt in range(3):
        # Chromium now and then fails to record the trace (NO_NAVSTART, PROTOCOL_TIMEOUT): try again.
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode == 0:
            break
        print(f"{name}: Lighthouse failed (attempt {attempt + 1} of 3): {result.stderr.strip()[-300:]}", flush=True)
    else:
        sys.exit(f"Lighthouse could not audit {path}")
    report = json.loads(output.with_suffix(".report.json").read_text())
    scores = {key: round((report["categories"][key]["score"] or 0) * 100) for key in CATEGORIES}
    weighted = {ref["id"] for key in CATEGORIES for ref in report["categories"][key]["auditRefs"] if ref["weight"]}
    failing = [
        f"{item['id']} ({item['score']})"
        for item in report["audits"].values()
        if item["id"] in weighted and item.get("score") is not None and item["score"] < 1
    ]
    return scores, failing


def main():
    binary = install_lighthouse()
    if "--install-only" in sys.argv[1:]:
        return
    env = environment()
    prepare_site(env)
    shutil.rmtree(REPORTS, ignore_errors=True)
    REPORTS.mkdir(parents=True)
    server = start_site(env)
    results = {}
    try:
        for name, path in PAGES.items():
            results[name] = audit(binary, name, path)
            if min(results[name][0].values()) < 100:
                # A busy machine slows the page's main thread; as Lighthouse advises, take the median of 3 runs.
                runs = [results[name], *(audit(binary, name, path, number) for number in (2, 3))]
                scores = {key: sorted(run[0][key] for run in runs)[1] for key in CATEGORIES}
                results[name] = (scores, sorted({item for run in runs for item in run[1]}))
    finally:
        stop(server)
    print(f"\n{'page':<12}" + "".join(f"{category:>16}" for category in CATEGORIES))
    below = False
    for name, (scores, failing) in results.items():
        print(f"{name:<12}" + "".join(f"{scores[category]:>16}" for category in CATEGORIES))
        if min(scores.values()) < 100:
            below = True
            print(f"    audits below 1: {', '.join(failing)}")
    print(f"\nreports: {REPORTS.relative_to(ROOT)}/")
    if below:
        sys.exit("a Lighthouse score is below 100")


if __name__ == "__main__":
    main()
