"""`make audit` says what it really checked: never "no known vulnerabilities" when the database did not answer."""

import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location("audit", Path(__file__).resolve().parents[2] / "scripts" / "audit.py")
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def test_unreachable_database_is_reported_as_not_done():
    lines, status = audit.verdict(None, "osv", "requests.exceptions.ConnectionError: Failed to resolve 'api.osv.dev'")

    assert status == audit.NOT_CHECKED
    assert lines[0].startswith("AUDIT NOT DONE")
    assert "api.osv.dev" in lines[1]
    assert not any("No known vulnerabilities" in line for line in lines)


def test_packages_the_database_skipped_make_the_audit_incomplete():
    data = {
        "dependencies": [
            {"name": "django", "skip_reason": "Dependency not found on PyPI and could not be audited: django (5.2.19)"},
            {"name": "wagtail", "version": "7.4.4", "vulns": []},
        ]
    }

    lines, status = audit.verdict(data, "pypi")

    assert status == audit.NOT_CHECKED
    assert "Checked 1 of 2 pinned packages" in lines[0]
    assert any(line.startswith("AUDIT INCOMPLETE: 1 package(s)") for line in lines)
    assert not any("No known vulnerabilities" in line for line in lines)


def test_vulnerable_package_is_named_with_its_fix():
    data = {
        "dependencies": [
            {
                "name": "django",
                "version": "5.2.0",
                "vulns": [{"id": "PYSEC-2025-1", "fix_versions": ["5.2.1"], "description": ""}],
            }
        ]
    }

    lines, status = audit.verdict(data, "pypi")

    assert status == 1
    assert lines[0] == "VULNERABLE django 5.2.0: PYSEC-2025-1 (fixed in: 5.2.1)"


def test_clean_result_only_when_every_package_was_checked():
    data = {"dependencies": [{"name": "django", "version": "5.2.19", "vulns": []}]}

    lines, status = audit.verdict(data, "pypi")

    assert status == 0
    assert lines[-1] == "No known vulnerabilities in any pinned package."
