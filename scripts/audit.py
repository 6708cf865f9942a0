"""`make audit`: check the pinned requirements against a vulnerability database with pip-audit.

pip-audit on its own prints "No known vulnerabilities found" and exits 0 even when the database did not answer for
a single package (they are only "skipped"). This script reads pip-audit's JSON report instead and says what was
really checked. Exit status: 0 every package checked and none vulnerable, 1 vulnerabilities found, 2 the check
could not be done for some or all packages (database unreachable, package unknown to it).

Usage: python scripts/audit.py [--service pypi|osv] [requirements files...]
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = ["requirements.txt", "requirements-dev.txt"]
NOT_CHECKED = 2


def run_pip_audit(files, service):
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [sys.executable, "-m", "pip_audit", "--vulnerability-service", service, "--progress-spinner", "off"]
        command += ["--format", "json", "--output", str(report)]
        # Every dependency is pinned, transitive ones included: audit exactly these versions, install nothing.
        command += ["--no-deps", "--disable-pip"]
        for name in files:
            command += ["--requirement", name]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
        data = json.loads(report.read_text()) if report.exists() and report.stat().st_size else None
    return result, data


def last_error_line(text):
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if "Error" in line or "ERROR" in line]
    return (errors or lines or ["(no output)"])[-1]


def verdict(data, service, error_output=""):
    """(lines to print, exit status) for pip-audit's JSON report `data` (None when pip-audit wrote none)."""
    if data is None:
        return [
            f"AUDIT NOT DONE: pip-audit could not query the {service} vulnerability database.",
            f"  {last_error_line(error_output)}",
            "Nothing was checked; this is not a clean result.",
        ], NOT_CHECKED

    dependencies = {(item["name"], item.get("version")): item for item in data.get("dependencies", [])}.values()
    skipped = [item for item in dependencies if item.get("skip_reason")]
    checked = [item for item in dependencies if not item.get("skip_reason")]
    vulnerable = [item for item in checked if item.get("vulns")]

    lines = []
    for item in vulnerable:
        for vuln in item["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            lines.append(f"VULNERABLE {item['name']} {item['version']}: {vuln['id']} (fixed in: {fixed})")
    lines.append(
        f"Checked {len(checked)} of {len(dependencies)} pinned packages against the {service} database; "
        f"{len(vulnerable)} with known vulnerabilities."
    )
    if skipped:
        lines.append(f"AUDIT INCOMPLETE: {len(skipped)} package(s) could not be checked, for example:")
        lines += [f"  {item['skip_reason']}" for item in skipped[:5]]
        lines.append("The vulnerability database did not answer for them; this is not a clean result.")
    if vulnerable:
        return lines, 1
    if skipped or not checked:
        return lines, NOT_CHECKED
    return lines + ["No known vulnerabilities in any pinned package."], 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=DEFAULT_FILES)
    parser.add_argument("--service", default="pypi", choices=["pypi", "osv"])
    options = parser.parse_args(argv)

    result, data = run_pip_audit(options.files, options.service)
    lines, status = verdict(data, options.service, result.stderr + result.stdout)
    print("\n".join(lines))
    return status


if __name__ == "__main__":
    sys.exit(main())
