"""`make bench`: database queries and CPU milliseconds per request for every page type, with production settings.

    python scripts/bench.py [--base COMMIT] [--n 40] [--rounds 3]

Each site measured runs in its own checkout with its own demo database (made fresh in .bench/), under gunicorn
with production settings and ONE sync worker. CPU time is what that worker process spends (utime + stime from
/proc), divided by the number of requests: on a shared machine it is far steadier than requests per second.
With --base, an older commit is checked out beside this one (a git worktree with its own virtualenv) and both
sites are measured side by side in one run, alternating page by page, so both see the same load.

Queries are counted in a warm process by scripts/bench_queries.py, run in each checkout.
"""

import argparse
import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench"
TICK = os.sysconf("SC_CLK_TCK")
HOST = "localhost"
GUNICORN = "gunicorn==27.0.1"

# (label, paths): the first path that answers 200 is measured (older commits had other English view paths).
PAGES = [
    ("home", ["/"]),
    ("home (en)", ["/en/"]),
    ("Jouw mening telt", ["/jouw-mening-telt/"]),
    ("Jouw mening telt (en)", ["/en/your-opinion-counts/"]),
    ("profile page", ["/jouw-mening-telt/profielschets/"]),
    ("council page", ["/jouw-mening-telt/wie-zitten-er-in-de-wij-raad/"]),
    ("privacy", ["/privacy/"]),
    ("news index", ["/nieuws/"]),
    ("news index (en)", ["/en/news/"]),
    ("news item", ["/nieuws/expertmeeting-wij-en-het-veld/"]),
    ("news item (en)", ["/en/news/expert-meeting-wij-and-the-field/"]),
    ("vacancies index", ["/vacatures/"]),
    ("vacancies index (en)", ["/en/vacancies/"]),
    ("vacancy page", ["/vacatures/lid-van-de-wij-raad/"]),
    ("vacancy page (en)", ["/en/vacancies/member-of-the-wij-raad/"]),
    ("contact page", ["/contact/"]),
    ("contact page (en)", ["/en/contact/"]),
    ("form page", ["/aanmelden-open-vergadering/"]),
    ("form page (en)", ["/en/sign-up-open-meeting/"]),
    ("search", ["/zoeken/?q=raad"]),
    ("search (en)", ["/en/search/?q=council", "/en/zoeken/?q=council"]),
]


def run(command, cwd, env, quiet=True):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=quiet, text=True, check=False)  # noqa: S603
    if result.returncode:
        sys.exit(f"failed in {cwd}: {' '.join(map(str, command))}\n{result.stdout or ''}{result.stderr or ''}")
    return result.stdout


class Site:
    def __init__(self, name, tree, port):
        self.name, self.tree, self.port = name, Path(tree), port
        self.python = str(self.tree / ".venv" / "bin" / "python")
        self.data = BENCH / name
        self.server = None
        self.paths = {}

    @property
    def env(self):
        env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
        env.update(
            DJANGO_SETTINGS_MODULE="wijraad.settings.production",
            SECRET_KEY="bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",  # noqa: S106 (a local test run)
            SITE_URL=f"http://{HOST}",
            ALLOWED_HOSTS=f"{HOST},127.0.0.1",
            DEFAULT_FROM_EMAIL="WIJ-raad <noreply@wijraad.nl>",
            DATABASE_URL=f"sqlite:///{self.data / 'demo.sqlite3'}",
            MEDIA_ROOT=str(self.data / "media"),
            PRIVATE_MEDIA_ROOT=str(self.data / "private-media"),
            CACHE_DIR=str(self.data / "cache"),
            SECURE_SSL_REDIRECT="false",
            LOG_LEVEL="WARNING",
        )
        env.pop("REDIS_URL", None)
        return env

    def prepare(self):
        """A fresh demo database, collected static files and gunicorn in the site's own virtualenv."""
        print(f"[{self.name}] preparing the demo database and static files ({self.tree})", flush=True)
        self.data.mkdir(parents=True, exist_ok=True)
        if not Path(self.python).exists():
            run([sys.executable, "-m", "venv", ".venv"], self.tree, self.env)
            run([self.python, "-m", "pip", "install", "--quiet", "-r", "requirements.txt"], self.tree, self.env)
        if run([self.python, "-m", "pip", "list", "--format=freeze"], self.tree, self.env).find("gunicorn==") < 0:
            run([self.python, "-m", "pip", "install", "--quiet", GUNICORN], self.tree, self.env)
        manage = [self.python, "manage.py"]
        run([*manage, "migrate", "--noinput"], self.tree, self.env)
        run([*manage, "createcachetable"], self.tree, self.env)  # older commits cache in the database
        run([*manage, "load_demo_content"], self.tree, self.env)
        run([*manage, "collectstatic", "--noinput"], self.tree, self.env)

    def start(self):
        command = [self.python, "-m", "gunicorn", "wijraad.wsgi", "--workers", "1", "--worker-class", "sync"]
        command += ["--bind", f"127.0.0.1:{self.port}", "--log-level", "warning"]
        command += ["--control-socket", str(self.data / "gunicorn.ctl")]
        self.server = subprocess.Popen(command, cwd=self.tree, env=self.env, start_new_session=True)  # noqa: S603
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.fetch("/")[0] == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        sys.exit(f"[{self.name}] gunicorn did not answer on port {self.port}")

    def stop(self):
        if self.server and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            self.server.wait(timeout=30)

    def worker_pid(self):
        children = Path(f"/proc/{self.server.pid}/task/{self.server.pid}/children").read_text().split()
        return int(children[0]) if children else self.server.pid

    def fetch(self, path):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("GET", path, headers={"Host": HOST, "Accept-Encoding": "identity"})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, len(body)

    def choose_paths(self):
        """Warm up every page (templates, caches, connections) and pick the path each page has here."""
        for label, paths in PAGES:
            for path in paths:
                statuses = {self.fetch(path)[0] for _ in range(10)}
                if statuses == {200}:
                    self.paths[label] = path
                    break

    def queries(self):
        paths = list(self.paths.values())
        out = run([self.python, str(ROOT / "scripts" / "bench_queries.py"), *paths], self.tree, self.env)
        counts = {}
        for line in out.splitlines():
            if line.startswith("{"):
                row = json.loads(line)
                counts[row["url"]] = row["queries"]
        return {label: counts.get(path) for label, path in self.paths.items()}

    def cpu_ms(self, path, n):
        fields = Path(f"/proc/{self.worker_pid()}/stat").read_text().rsplit(")", 1)[1].split()
        before = int(fields[11]) + int(fields[12])
        for _ in range(n):
            self.fetch(path)
        fields = Path(f"/proc/{self.worker_pid()}/stat").read_text().rsplit(")", 1)[1].split()
        after = int(fields[11]) + int(fields[12])
        return (after - before) / TICK * 1000 / n


def base_tree(commit):
    """A git worktree of `commit` in .bench/base-tree, with its own virtualenv (kept between runs)."""
    tree = BENCH / "base-tree"
    sha = run(["git", "rev-parse", "--verify", f"{commit}^{{commit}}"], ROOT, os.environ).strip()
    if tree.exists():
        current = run(["git", "rev-parse", "HEAD"], tree, os.environ).strip()
        if current != sha:
            run(["git", "checkout", "--quiet", "--detach", sha], tree, os.environ)
    else:
        run(["git", "worktree", "add", "--quiet", "--detach", str(tree), sha], ROOT, os.environ)
    return tree


def table(sites, queries, cpu):
    labels = [label for label, _paths in PAGES]
    names = [site.name for site in sites]
    header = f"{'page':<24}" + "".join(f"{'queries ' + name:>14}" for name in names)
    header += "".join(f"{'CPU ms ' + name:>14}" for name in names)
    if len(sites) == 2:
        header += f"{'ratio':>8}"
    lines = [header, "-" * len(header)]
    worst = 0.0
    for label in labels:
        row = f"{label:<24}"
        row += "".join(f"{_show(queries[name].get(label)):>14}" for name in names)
        medians = [statistics.median(cpu[name][label]) if cpu[name].get(label) else None for name in names]
        row += "".join(f"{_show(value, '.1f'):>14}" for value in medians)
        if len(sites) == 2 and all(medians):
            ratio = medians[1] / medians[0]
            worst = max(worst, ratio)
            row += f"{ratio:>8.2f}"
        lines.append(row)
    if len(sites) == 2:
        lines.append(f"highest ratio {names[1]}/{names[0]}: {worst:.2f} (target: at most 0.25)")
    return "\n".join(lines)


def _show(value, spec=""):
    return "-" if value is None else format(value, spec)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="an older commit to measure side by side")
    parser.add_argument("--n", type=int, default=40, help="requests per page per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    for name in ("now", "base"):
        shutil.rmtree(BENCH / name, ignore_errors=True)
    sites = []
    if args.base:
        sites.append(Site("base", base_tree(args.base), 8391))
    sites.append(Site("now", ROOT, 8392))
    for site in sites:
        site.prepare()
    try:
        for site in sites:
            site.start()
            site.choose_paths()
        queries = {site.name: site.queries() for site in sites}
        cpu = {site.name: {} for site in sites}
        for round_number in range(args.rounds):
            print(f"round {round_number + 1} of {args.rounds}", flush=True)
            for label, _paths in PAGES:
                for site in sites:  # side by side: each page on every site before the next page
                    if label in site.paths:
                        cpu[site.name].setdefault(label, []).append(site.cpu_ms(site.paths[label], args.n))
    finally:
        for site in sites:
            site.stop()
    print()
    print(f"gunicorn, 1 sync worker, production settings, SQLite; median of {args.rounds} rounds of {args.n} requests")
    if args.base:
        print(
            f"base: {args.base}; now: the working tree at {run(['git', 'rev-parse', '--short', 'HEAD'], ROOT, os.environ)}"
        )
    print(table(sites, queries, cpu))


if __name__ == "__main__":
    main()
