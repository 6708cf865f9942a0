"""The message catalogues in locale/: `update` (make messages) and `check` (make check-messages).

Msgids are Dutch, the site's source language. `update` extracts every string of the project
into one catalogue per language in settings.LANGUAGES, fills the Dutch catalogue (msgstr =
msgid) and compiles the .mo files; both .po and .mo are committed, so servers need no gettext.
`check` fails on any entry that is untranslated or fuzzy, on a .mo file that does not match its
.po file (the same for locale/wagtail/, the Dutch for what Wagtail's admin leaves in English), and on strings in the code that were never extracted (it runs makemessages in a
temporary copy of the project, so the working tree is left alone).
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "wijraad.settings.dev"
# Not the project's own strings: packages, build output, uploads, and the tests (Dutch fixture text).
IGNORE = [
    ".venv",
    "node_modules",
    "staticfiles",
    "media",
    "private-media",
    "test-artifacts",
    # make bench (an older checkout with its own virtualenv) and make lighthouse (npm packages).
    ".bench",
    ".lighthouse",
    "tests",
    "scripts",
]
# Dutch for strings Wagtail leaves in English (msgids are Wagtail's): written by hand, compiled by `update`.
WAGTAIL_OVERRIDES = ROOT / "locale" / "wagtail"
# Left out of the temporary copy: nothing there is needed to extract strings.
NOT_COPIED = [*IGNORE, ".git", "__pycache__", ".pytest_cache", ".ruff_cache", "*.sqlite3*", "*.mo"]


def project_settings():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    from django.conf import settings

    return settings


def languages():
    return [code for code, _name in project_settings().LANGUAGES]


def catalogue(root, code, suffix="po"):
    return Path(root) / "locale" / code / "LC_MESSAGES" / f"django.{suffix}"


def manage(root, *args):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS}
    subprocess.run([sys.executable, "manage.py", *args], cwd=root, env=environment, check=True)  # noqa: S603


def extract(root):
    """Run makemessages for every language; existing translations are kept, removed strings dropped."""
    for code in languages():
        catalogue(root, code).parent.mkdir(parents=True, exist_ok=True)
    manage(
        root,
        "makemessages",
        "--no-obsolete",
        "--add-location=file",
        "--verbosity=0",
        *(f"--locale={code}" for code in languages()),
        *(f"--ignore={pattern}" for pattern in IGNORE),
    )


def set_header(root, code):
    po = polib.pofile(str(catalogue(root, code)))
    po.header = "Interface strings of the WIJ-raad website. The msgids are Dutch: see README.md, Languages."
    po.metadata_is_fuzzy = False
    po.metadata.update({"Project-Id-Version": "wijraad", "Language": code})
    for placeholder in ["PO-Revision-Date", "Last-Translator", "Language-Team", "Report-Msgid-Bugs-To"]:
        po.metadata.pop(placeholder, None)
    po.save()


def fill_source_language(root):
    """In the source language every string is its own translation."""
    po = polib.pofile(str(catalogue(root, project_settings().LANGUAGE_CODE)))
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if entry.fuzzy:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    po.save()


def update():
    extract(ROOT)
    for code in languages():
        set_header(ROOT, code)
    fill_source_language(ROOT)
    manage(ROOT, "compilemessages", "--verbosity=0", *(f"--ignore={pattern}" for pattern in IGNORE))


def _translations(entries):
    return {
        (entry.msgctxt, entry.msgid): tuple(entry.msgstr_plural.values()) if entry.msgid_plural else entry.msgstr
        for entry in entries
        if entry.msgid
    }


def problems_in(po, code, source_language):
    problems = []
    for entry in po.untranslated_entries():
        problems.append(f"{code}: not translated: {entry.msgid!r}")
    for entry in po.fuzzy_entries():
        problems.append(f"{code}: fuzzy, check the translation: {entry.msgid!r}")
    if code == source_language:
        for entry in po.translated_entries():
            if entry.msgstr and entry.msgstr != entry.msgid:
                problems.append(f"{code}: differs from its msgid: {entry.msgid!r}")
    return problems


def check_committed():
    """What is wrong with the catalogues in locale/ as committed: untranslated, fuzzy, not compiled."""
    source_language = project_settings().LANGUAGE_CODE
    problems = []
    for code in languages():
        po_path, mo_path = catalogue(ROOT, code), catalogue(ROOT, code, "mo")
        if not po_path.exists() or not mo_path.exists():
            problems.append(f"{code}: {po_path.relative_to(ROOT)} or its .mo file is missing")
            continue
        po = polib.pofile(str(po_path))
        problems += problems_in(po, code, source_language)
        if _translations(po.translated_entries()) != _translations(polib.mofile(str(mo_path))):
            problems.append(f"{code}: {mo_path.relative_to(ROOT)} does not match its .po file")
    for po_path in sorted(WAGTAIL_OVERRIDES.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        po = polib.pofile(str(po_path))
        problems += problems_in(po, po_path.relative_to(ROOT), None)
        if not mo_path.exists() or _translations(po.translated_entries()) != _translations(polib.mofile(str(mo_path))):
            problems.append(f"{mo_path.relative_to(ROOT)} is missing or does not match its .po file")
    return problems


def check_up_to_date():
    """Strings in the code that the catalogues do not translate yet (extracted in a temporary copy)."""
    source_language = project_settings().LANGUAGE_CODE
    problems = []
    with tempfile.TemporaryDirectory(prefix="wijraad-messages-") as tmp:
        copy = Path(tmp) / "project"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*NOT_COPIED))
        extract(copy)
        for code in languages():
            problems += problems_in(polib.pofile(str(catalogue(copy, code))), code, source_language)
    return problems


def check():
    return check_committed() + check_up_to_date()


def main(argv):
    if argv[1:] == ["update"]:
        update()
        return 0
    if argv[1:] == ["check"]:
        problems = check()
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            print("Run `make messages`, then translate the new and fuzzy entries in locale/.", file=sys.stderr)
        return 1 if problems else 0
    print(f"usage: {argv[0]} update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
