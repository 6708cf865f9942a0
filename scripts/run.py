"""`make run`: prepare the development database, then serve the site beside the mail worker.

Preparing does only what is not done yet: migrations that are not applied, the demo content (its loader
adds only what is missing) and the admin account. The site's address (HOST and PORT) becomes the Wagtail
Site's, so links in mails and in sitemap.xml point at it. The address and the admin login are printed last,
once the site answers. Ctrl-C stops the server and the worker quietly.

    python scripts/run.py [--prepare-only] HOST PORT
"""

import io
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ADMIN = "admin"
START_TIMEOUT = 120


def prepare(host, port):
    """Migrate and load the demo content where needed; return the loader's lines about the admin account."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijraad.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from home.site_address import sync_site

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False)
    output = io.StringIO()
    call_command("load_demo_content", admin=ADMIN, stdout=output, no_color=True)
    lines = output.getvalue().splitlines()
    admin_lines = [line for line in lines if line.startswith("Admin user")]
    for line in lines:
        if line not in admin_lines:
            print(line)
    sync_site()  # the Wagtail Site follows SITE_URL, this server's address (see main)
    return admin_lines


def wait_until_up(url, processes):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if any(process.poll() is not None for process in processes):
            return False
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own development server)
                return True
        except OSError:
            time.sleep(0.3)
    return False


def banner(url, admin_lines):
    login = admin_lines or [
        f"Admin login: {ADMIN} (password forgotten? .venv/bin/python manage.py changepassword {ADMIN})"
    ]
    lines = [f"Site:  {url}/", f"Admin: {url}/admin/", *login, "Stop:  Ctrl-C"]
    width = max(len(line) for line in lines)
    return "\n".join(["", "=" * width, *lines, "=" * width, ""])


def stop(processes):
    """Stop each child with its whole process group (runserver's autoreloader runs the server in a child)."""
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def serve(host, port, admin_lines):
    url = f"http://{host}:{port}"
    manage = [sys.executable, str(ROOT / "manage.py")]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    # Each child in a process group of its own: Ctrl-C reaches this script only, which stops them in order.
    commands = [[*manage, "worker"], [*manage, "runserver", f"{host}:{port}"]]
    processes = [subprocess.Popen(command, cwd=ROOT, process_group=0) for command in commands]  # noqa: S603
    try:
        if not wait_until_up(url, processes):
            stop(processes)
            sys.exit(f"The site did not start on {url}: see the messages above.")
        print(banner(url, admin_lines), flush=True)
        while all(process.poll() is None for process in processes):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        stop(processes)


def main():
    args = sys.argv[1:]
    prepare_only = "--prepare-only" in args
    host, port = [arg for arg in args if arg != "--prepare-only"]
    # The public address (SITE_URL, which `make run` also exports) is the one the site is served on: links in mails,
    # admin links and sitemap.xml use it.
    os.environ.setdefault("SITE_URL", f"http://{host}:{port}")
    admin_lines = prepare(host, int(port))
    if not prepare_only:
        serve(host, port, admin_lines)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
