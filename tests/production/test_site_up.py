"""The production topology of site/up, tried from the outside: front cache, two app servers, worker, PostgreSQL,
Redis and S3 media. Runs site/up once for the module and site/down at the end (marker `production`)."""

import io
import re
import subprocess
import time

import pytest
import requests
from PIL import Image

from tests import chromium
from tests.html import soup
from tests.vacancies.applications_support import PDF_BYTES

from .topology import APP_A, APP_B, FRONT, ROOT, run_python

pytestmark = pytest.mark.production

SIGNUP_PATH = "/aanmelden-open-vergadering/"
VACANCY_PATH = "/vacatures/lid-van-de-wij-raad/"


def fill(form, values):
    """The data a browser without JavaScript sends for `form`: hidden fields as they are, `values` by name, and
    something sensible in every other required field."""
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name, kind = field.get("name"), field.get("type", "text")
        if not name or kind in {"submit", "file"}:
            continue
        if name in values:
            data[name] = values[name]
        elif kind == "hidden":
            data[name] = field.get("value", "")
        elif not field.has_attr("required") or name in data:
            continue
        elif kind in {"checkbox", "radio"}:
            data[name] = field.get("value", "on")
        elif field.name == "select":
            data[name] = next(option["value"] for option in field.find_all("option") if option.get("value"))
        elif kind == "email":
            data[name] = "jan.bakker@voorbeeld.nl"
        elif kind == "tel":
            data[name] = "0612345678"
        elif kind == "number":
            data[name] = "1"
        else:
            data[name] = "Jan Bakker"
    return data


def the_form(html):
    return soup(html).find("form", attrs={"method": re.compile("post", re.I)})


def test_the_second_request_for_a_page_comes_from_the_front_cache(production_site):
    first = requests.get(f"{FRONT}/nieuws/", timeout=10)
    second = requests.get(f"{FRONT}/nieuws/", timeout=10)

    assert first.status_code == second.status_code == 200
    assert second.headers["X-Cache"] == "HIT"
    assert second.text == first.text
    assert "Set-Cookie" not in second.headers
    assert "s-maxage=" in second.headers["Cache-Control"]


def test_a_page_published_in_the_admin_is_shown_to_visitors_within_two_seconds(production_site):
    from playwright.sync_api import expect, sync_playwright

    requests.get(f"{FRONT}/jouw-mening-telt/", timeout=10)
    assert requests.get(f"{FRONT}/jouw-mening-telt/", timeout=10).headers["X-Cache"] == "HIT"
    new_intro = f"De WIJ-raad vergadert elke maand, nu ook op {time.time():.0f}."

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.PATH, args=chromium.ARGS)
        page = browser.new_page(base_url=FRONT)
        page.set_default_timeout(15_000)
        page.goto("/admin/")
        page.get_by_label("Gebruikersnaam").fill("admin")
        page.get_by_label(re.compile("Wachtwoord|Password")).fill(production_site.admin_password)
        page.get_by_role("button", name="Inloggen").click()
        page.goto("/admin/pages/")
        page.get_by_role(
            "link", name=re.compile("Bekijk de onderliggende pagina's van 'Welkom bij de WIJ-raad'")
        ).click()
        page.get_by_role("link", name="Jouw mening telt", exact=True).click()
        page.get_by_role("textbox", name="Inleiding").fill(new_intro)
        page.get_by_role("button", name="Meer acties").click()
        page.get_by_role("button", name="Publiceren").click()
        expect(page.get_by_text("'Jouw mening telt' is gepubliceerd")).to_be_visible()
        published_at = time.monotonic()
        browser.close()

    while True:
        answer = requests.get(f"{FRONT}/jouw-mening-telt/", timeout=10)
        if new_intro in answer.text:
            break
        assert time.monotonic() - published_at < 2, "the old page was still served 2 s after publishing"
        time.sleep(0.1)
    assert time.monotonic() - published_at < 2


def test_a_resident_signs_up_through_the_front_cache_without_javascript(production_site):
    visitor = requests.Session()
    shown = visitor.get(f"{FRONT}{SIGNUP_PATH}", timeout=10)
    assert shown.status_code == 200
    assert shown.headers["X-Cache"] != "HIT"
    assert "private" in shown.headers["Cache-Control"]
    data = fill(the_form(shown.text), {"website": ""})
    time.sleep(3.5)  # a person takes a moment; faster is taken for a bot

    thanks = visitor.post(f"{FRONT}{SIGNUP_PATH}", data=data, timeout=30)

    assert thanks.status_code == 200, thanks.text[:2000]
    assert thanks.history and thanks.history[0].status_code == 302
    assert "dank" in thanks.text.lower()
    assert thanks.headers["X-Cache"] != "HIT"


def test_a_cv_sent_through_app_server_a_is_downloaded_by_the_secretary_through_app_server_b(production_site):
    cv = PDF_BYTES  # a real PDF: the site reads the whole file
    applicant = requests.Session()
    shown = applicant.get(f"{APP_A}{VACANCY_PATH}", timeout=10)
    motivation = f"Ik wil meepraten over de wijk ({time.time():.0f})."
    data = fill(the_form(shown.text), {"website": "", "name": "Fatima de Vries", "motivation": motivation})
    time.sleep(3.5)

    sent = applicant.post(
        f"{APP_A}{VACANCY_PATH}", data=data, files={"cv": ("mijn-cv.pdf", cv, "application/pdf")}, timeout=30
    )
    assert sent.status_code == 200, sent.text[:2000]
    assert sent.history and sent.history[0].status_code == 302

    secretary = requests.Session()
    login = secretary.get(f"{APP_B}/admin/login/", timeout=10)
    credentials = fill(the_form(login.text), {"username": "admin", "password": production_site.admin_password})
    assert secretary.post(f"{APP_B}/admin/login/", data=credentials, timeout=10).url.endswith("/admin/")
    pk = run_python(
        production_site,
        f"from vacancies.models import Application; print(Application.objects.get(motivation={motivation!r}).pk)",
    )

    download = secretary.get(f"{APP_B}/admin/applications/cv/{pk}/", timeout=10)

    assert download.status_code == 200
    assert download.content == cv
    assert "attachment" in download.headers["Content-Disposition"]
    assert requests.get(f"{APP_B}/admin/applications/cv/{pk}/", timeout=10, allow_redirects=False).status_code in {
        302,
        403,
    }


def test_an_image_rendition_is_served_from_shared_media_storage(production_site):
    picture = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 30, 60)).save(picture, "PNG")
    source = production_site.state / "raad.png"
    source.write_bytes(picture.getvalue())
    url = run_python(
        production_site,
        "from django.core.files.images import ImageFile; from wagtail.images.models import Image; "
        f"image = Image.objects.create(title='Raad', file=ImageFile(open({str(source)!r}, 'rb'), name='raad.png')); "
        "print(image.get_rendition('width-300').url)",
    )
    assert url.startswith("/media/images/")

    served = requests.get(f"{FRONT}{url}", timeout=10)

    assert served.status_code == 200
    assert served.headers["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(served.content)).size == (300, 225)
    assert requests.get(f"{FRONT}{url}", timeout=10).headers["X-Cache"] == "HIT"


def test_backup_and_restore_bring_back_the_database_and_every_upload(production_site, tmp_path):
    """site/backup from the running topology (PostgreSQL, S3 buckets), site/restore into a fresh database with
    local folders: the same applications, and every CV and image file."""
    count = "from vacancies.models import Application; print(Application.objects.count())"
    applications = int(run_python(production_site, count))
    assert applications >= 1  # the one sent in the test above, with its CV
    backup = subprocess.run(
        ["bash", "-c", f'set -a; . "{production_site.state}/env"; set +a; exec site/backup "$1"', "backup", tmp_path],
        cwd=ROOT,
        env=production_site.environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    dump, media = backup.stdout.split()

    database = f"{production_site.database}_restore"
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    kept = [
        line
        for line in (production_site.state / "env").read_text().splitlines()
        if not line.startswith(("AWS_", "DATABASE_URL=", "MEDIA_ROOT=", "PRIVATE_MEDIA_ROOT=", "FRONT_CACHE"))
    ]
    restored_env = tmp_path / "restored.env"
    restored_env.write_text(
        "\n".join(
            [
                *kept,
                f"DATABASE_URL=postgres://postgres@127.0.0.1:5432/{database}",
                f"MEDIA_ROOT={tmp_path / 'media'}",
                f"PRIVATE_MEDIA_ROOT={tmp_path / 'private'}",
            ]
        )
        + "\n"
    )
    try:
        subprocess.run(
            ["bash", "-c", f'set -a; . "{restored_env}"; set +a; exec site/restore "$1" "$2"', "restore", dump, media],
            cwd=ROOT,
            env=production_site.environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        check = subprocess.run(
            [
                "bash",
                "-c",
                f'set -a; . "{restored_env}"; set +a; exec .venv/bin/python manage.py shell --no-imports -c "$1"',
                "shell",
                "from vacancies.models import Application; from wagtail.images.models import Image; "
                "print(Application.objects.count(), "
                "all(a.cv.storage.exists(a.cv.name) for a in Application.objects.exclude(cv='')), "
                "Application.objects.exclude(cv='').count(), "
                "all(i.file.storage.exists(i.file.name) for i in Image.objects.all()))",
            ],
            cwd=ROOT,
            env=production_site.environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    finally:
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database], check=False)

    restored, every_cv_is_there, with_cv, every_image_is_there = check.stdout.split()
    assert int(restored) == applications
    assert every_cv_is_there == "True" and int(with_cv) >= 1
    assert every_image_is_there == "True"
    assert list((tmp_path / "private").rglob("*.pdf"))


def test_private_files_are_not_reachable_through_media(production_site):
    listing = subprocess.run(
        ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", f"{FRONT}/media/applications/"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert listing.stdout == "404"


def test_the_health_check_answers_on_every_app_server_without_personal_data(production_site):
    for address in (FRONT, APP_A, APP_B):
        answer = requests.get(f"{address}/healthz", timeout=10)
        assert answer.status_code == 200
        assert answer.json() == {"status": "ok", "database": "ok", "cache": "ok"}
        assert "no-cache" in answer.headers["Cache-Control"]
