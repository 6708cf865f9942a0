"""Only the Secretariaat group (and superusers) may list, show, export or delete what residents sent: contact
messages, applications, sign-ups of form pages and the mails about them. Wagtail's default Editors and Moderators,
who may edit and publish every page, get none of it at any admin URL."""

import csv
import io
from dataclasses import dataclass, field

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import get_resolver
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Site

from formpages.models import FormPageSubmission
from submissions.models import HandlingStatus, MailState, OutgoingMail, Submission
from tests.factories.contact import OutgoingMailFactory, SubmissionFactory
from tests.factories.vacancies import ApplicationFactory, VacancyIndexPageFactory, VacancyPageFactory
from tests.formpages.form_pages import make_signup_form
from tests.module_data import rolled_back_after_the_module
from tests.roles import user_with_role
from vacancies.models import Application, ApplicationStatus

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
# What residents sent: none of it may reach an editor or a moderator.
REFERENCE = "TEST-"  # the start of every test submission's reference
PERSONAL = ["Anna Bakker", "anna.bakker@example.org", "Henk Jansen", "henk@example.org", "Bert de Vries", "bert@"]


@dataclass
class Data:
    contact: Submission
    mail: OutgoingMail
    application: Application
    form_page: object
    signup: FormPageSubmission
    vacancy: object


def make_data(home):
    contact = SubmissionFactory(
        sender_name="Anna Bakker",
        sender_email="anna.bakker@example.org",
        data=[{"name": "message", "label": "Je bericht", "value": "Mijn buurman heeft hulp nodig."}],
    )
    mail = OutgoingMailFactory(
        submission=contact,
        to=["anna.bakker@example.org"],
        subject="Bevestiging voor Anna Bakker",
        state=MailState.FAILED,
        attempts=10,
    )
    vacancy = VacancyPageFactory(parent=VacancyIndexPageFactory(parent=home), slug="lid")
    application = ApplicationFactory(
        vacancy=vacancy, submission__sender_name="Henk Jansen", submission__sender_email="henk@example.org"
    )
    application.cv.save("applications/0123456789abcdef0123456789abcdef.pdf", ContentFile(PDF_BYTES), save=True)
    application.cv_mimetype = "application/pdf"
    application.cv_filename = "cv-henk.pdf"
    application.save()
    log(instance=application, action="wagtail.edit")  # what the secretary's step change writes to the history
    form_page = make_signup_form(home)
    signup_submission = SubmissionFactory(kind="form", page=form_page, sender_name="Bert de Vries")
    signup = FormPageSubmission.objects.create(
        page=form_page,
        submission=signup_submission,
        form_data={"naam": "Bert de Vries", "e_mailadres": "bert@example.org", "thematafels": ["Veiligheid"]},
    )
    return Data(contact, mail, application, form_page, signup, vacancy)


@pytest.fixture(scope="module")
def _module_data(django_db_setup, django_db_blocker, tmp_path_factory):
    """The rows are made once for the module's ~150 tests (tests/module_data.py)."""
    private = tmp_path_factory.mktemp("private")
    with override_settings(PRIVATE_MEDIA_ROOT=private), rolled_back_after_the_module(django_db_blocker):
        yield make_data(Site.objects.get(is_default_site=True).root_page.specific)


@pytest.fixture
def data(_module_data, db):
    return _module_data


@dataclass
class Case:
    """One admin URL. `shows`: text the secretary sees there (None: nobody but a superuser may use it).
    `post`: form data to send, or None for a GET. `done`: what must hold after the secretary's POST."""

    name: str
    url: object
    shows: str | None = ""
    post: dict | None = None
    done: object = None
    export: str = ""
    others_may_load: bool = False
    url_names: list = field(default_factory=list)


def gone(model):
    return lambda d, obj: not model.objects.filter(pk=obj(d).pk).exists()


CASES = [
    # Sign-ups of form pages (Wagtail's forms menu).
    Case(
        "forms index",
        lambda d: "/admin/forms/",
        "Aanmelden expertmeeting",
        others_may_load=True,
        url_names=["wagtailforms:index"],
    ),
    Case(
        "forms index results",
        lambda d: "/admin/forms/results/",
        "Aanmelden expertmeeting",
        others_may_load=True,
        url_names=["wagtailforms:index_results"],
    ),
    Case(
        "sign-ups",
        lambda d: f"/admin/forms/submissions/{d.form_page.pk}/",
        "Bert de Vries",
        url_names=["wagtailforms:list_submissions"],
    ),
    Case(
        "sign-ups results",
        lambda d: f"/admin/forms/submissions/{d.form_page.pk}/results/",
        "Bert de Vries",
        url_names=["wagtailforms:list_submissions_results"],
    ),
    Case(
        "sign-ups csv",
        lambda d: f"/admin/forms/submissions/{d.form_page.pk}/?export=csv",
        "Bert de Vries",
        export="csv",
    ),
    Case(
        "sign-ups xlsx",
        lambda d: f"/admin/forms/submissions/{d.form_page.pk}/?export=xlsx",
        "Bert de Vries",
        export="xlsx",
    ),
    Case(
        "sign-ups delete confirm",
        lambda d: f"/admin/forms/submissions/{d.form_page.pk}/delete/?selected-submissions={d.signup.pk}",
        "Aanmelden expertmeeting",
        url_names=["wagtailforms:delete_submissions"],
    ),
    Case(
        "sign-ups delete",
        lambda d: f"/admin/forms/submissions/{d.form_page.pk}/delete/?selected-submissions={d.signup.pk}",
        post={},
        done=lambda d: not Submission.objects.filter(pk=d.signup.submission_id).exists(),
    ),
    # Submissions of every kind ("Inzendingen").
    Case("submissions", lambda d: "/admin/submissions/", "Anna Bakker", url_names=["submissions:index"]),
    Case(
        "submissions results",
        lambda d: "/admin/submissions/results/",
        "Anna Bakker",
        url_names=["submissions:index_results"],
    ),
    Case("submissions csv", lambda d: "/admin/submissions/?export=csv", "anna.bakker@example.org", export="csv"),
    Case("submissions xlsx", lambda d: "/admin/submissions/?export=xlsx", "anna.bakker@example.org", export="xlsx"),
    Case(
        "submission",
        lambda d: f"/admin/submissions/inspect/{d.contact.pk}/",
        "Mijn buurman heeft hulp nodig.",
        url_names=["submissions:inspect"],
    ),
    # The status form is on the detail view; it posts to the edit URL.
    Case("submission status form", lambda d: f"/admin/submissions/inspect/{d.contact.pk}/", "Notitie (alleen intern)"),
    Case(
        "submission status change",
        lambda d: f"/admin/submissions/edit/{d.contact.pk}/",
        post={"status": HandlingStatus.DONE},
        done=lambda d: Submission.objects.get(pk=d.contact.pk).status == HandlingStatus.DONE,
        url_names=["submissions:edit"],
    ),
    # Bulk actions on the inbox: whoever may not change or delete submissions gets a page without them, and nothing
    # changes.
    Case(
        "submission bulk delete question",
        lambda d: f"/admin/bulk/submissions/submission/delete/?id={d.contact.pk}",
        REFERENCE,
        others_may_load=True,
    ),
    Case(
        "submission bulk mark handled",
        lambda d: f"/admin/bulk/submissions/submission/mark_handled/?id={d.contact.pk}",
        post={},
        done=lambda d: Submission.objects.get(pk=d.contact.pk).status == HandlingStatus.DONE,
        others_may_load=True,
    ),
    Case(
        "submission bulk delete",
        lambda d: f"/admin/bulk/submissions/submission/delete/?id={d.contact.pk}",
        post={},
        done=lambda d: not Submission.objects.filter(pk=d.contact.pk).exists(),
        others_may_load=True,
    ),
    Case(
        "submission history",
        lambda d: f"/admin/submissions/history/{d.contact.pk}/",
        REFERENCE,
        url_names=["submissions:history"],
    ),
    Case(
        "submission history results",
        lambda d: f"/admin/submissions/history-results/{d.contact.pk}/",
        "",
        url_names=["submissions:history_results"],
    ),
    Case(
        "submission usage",
        lambda d: f"/admin/submissions/usage/{d.contact.pk}/",
        REFERENCE,
        url_names=["submissions:usage"],
    ),
    Case(
        "submission delete confirm",
        lambda d: f"/admin/submissions/delete/{d.contact.pk}/",
        REFERENCE,
        url_names=["submissions:delete"],
    ),
    Case(
        "submission delete",
        lambda d: f"/admin/submissions/delete/{d.contact.pk}/",
        post={},
        done=lambda d: not Submission.objects.filter(pk=d.contact.pk).exists(),
    ),
    Case("submission add", lambda d: "/admin/submissions/new/", None, url_names=["submissions:add"]),
    # The outbox.
    Case("mails", lambda d: "/admin/outgoing_mail/", "Bevestiging voor Anna Bakker", url_names=["outgoing_mail:index"]),
    Case(
        "mails results",
        lambda d: "/admin/outgoing_mail/results/",
        "Bevestiging voor Anna Bakker",
        url_names=["outgoing_mail:index_results"],
    ),
    Case(
        "mail",
        lambda d: f"/admin/outgoing_mail/inspect/{d.mail.pk}/",
        "anna.bakker@example.org",
        url_names=["outgoing_mail:inspect"],
    ),
    Case(
        "mail history",
        lambda d: f"/admin/outgoing_mail/history/{d.mail.pk}/",
        None,
        url_names=["outgoing_mail:history"],
    ),
    Case(
        "mail history results",
        lambda d: f"/admin/outgoing_mail/history-results/{d.mail.pk}/",
        None,
        url_names=["outgoing_mail:history_results"],
    ),
    Case(
        "mail usage",
        lambda d: f"/admin/outgoing_mail/usage/{d.mail.pk}/",
        None,
        url_names=["outgoing_mail:usage"],
    ),
    Case(
        "mail retry",
        lambda d: f"/admin/outgoing_mail/retry/{d.mail.pk}/",
        post={},
        done=lambda d: OutgoingMail.objects.get(pk=d.mail.pk).state != MailState.FAILED,
        url_names=["outgoing_mail:retry"],
    ),
    Case("mail edit", lambda d: f"/admin/outgoing_mail/edit/{d.mail.pk}/", None, url_names=["outgoing_mail:edit"]),
    Case(
        "mail delete",
        lambda d: f"/admin/outgoing_mail/delete/{d.mail.pk}/",
        None,
        post={},
        url_names=["outgoing_mail:delete"],
    ),
    Case("mail add", lambda d: "/admin/outgoing_mail/new/", None, url_names=["outgoing_mail:add"]),
    # Applications for a seat.
    Case("applications", lambda d: "/admin/applications/", "Henk Jansen", url_names=["applications:index"]),
    Case(
        "applications results",
        lambda d: "/admin/applications/results/",
        "Henk Jansen",
        url_names=["applications:index_results"],
    ),
    Case("applications csv", lambda d: "/admin/applications/?export=csv", "henk@example.org", export="csv"),
    Case("applications xlsx", lambda d: "/admin/applications/?export=xlsx", "henk@example.org", export="xlsx"),
    Case(
        "application",
        lambda d: f"/admin/applications/inspect/{d.application.pk}/",
        "henk@example.org",
        url_names=["applications:inspect"],
    ),
    Case(
        "application cv",
        lambda d: f"/admin/applications/cv/{d.application.pk}/",
        "%PDF-1.4",
        url_names=["applications:cv"],
    ),
    Case(
        "application step form",
        lambda d: f"/admin/applications/edit/{d.application.pk}/",
        "Henk Jansen",
        url_names=["applications:edit"],
    ),
    Case(
        "application step change",
        lambda d: f"/admin/applications/edit/{d.application.pk}/",
        post=lambda d: {"status": ApplicationStatus.INTRODUCTION, "date": timezone.localdate().isoformat()},
        done=lambda d: Application.objects.get(pk=d.application.pk).status == ApplicationStatus.INTRODUCTION,
    ),
    Case(
        "application history",
        lambda d: f"/admin/applications/history/{d.application.pk}/",
        "Henk Jansen",
        url_names=["applications:history"],
    ),
    Case(
        "application history results",
        lambda d: f"/admin/applications/history-results/{d.application.pk}/",
        "",
        url_names=["applications:history_results"],
    ),
    Case(
        "application usage",
        lambda d: f"/admin/applications/usage/{d.application.pk}/",
        "Henk Jansen",
        url_names=["applications:usage"],
    ),
    Case(
        "application delete confirm",
        lambda d: f"/admin/applications/delete/{d.application.pk}/",
        "Henk Jansen",
        url_names=["applications:delete"],
    ),
    Case(
        "application delete",
        lambda d: f"/admin/applications/delete/{d.application.pk}/",
        post={},
        done=lambda d: not Application.objects.filter(pk=d.application.pk).exists(),
    ),
    Case("application add", lambda d: "/admin/applications/new/", None, url_names=["applications:add"]),
    # Where Wagtail shows objects that point at a page, and the log of everything that happened.
    Case("vacancy page usage", lambda d: f"/admin/pages/{d.vacancy.pk}/usage/", "Henk Jansen", others_may_load=True),
    Case("site history", lambda d: "/admin/reports/site-history/", "Henk Jansen", others_may_load=True),
]
CASE_IDS = [case.name for case in CASES]
NAMESPACES = ["wagtailforms", "submissions", "outgoing_mail", "applications"]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def text_of(response, export):
    content = body(response)
    if export == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        return "\n".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)
    if export == "csv":
        return "\n".join(",".join(row) for row in csv.reader(io.StringIO(content.decode())))
    return content.decode(errors="replace")


def request(client, case, d):
    url = case.url(d)
    if case.post is None:
        return client.get(url)
    return client.post(url, case.post(d) if callable(case.post) else case.post)


def assert_untouched(d):
    assert Submission.objects.filter(pk=d.contact.pk, status=HandlingStatus.NEW).exists()
    assert Submission.objects.filter(pk=d.signup.submission_id).exists()
    assert Application.objects.filter(pk=d.application.pk, status=ApplicationStatus.RECEIVED).exists()
    assert OutgoingMail.objects.filter(pk=d.mail.pk, state=MailState.FAILED).exists()


@pytest.mark.parametrize("role", ["editor", "moderator"])
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_editors_and_moderators_get_no_personal_data(client, data, role, case):
    client.force_login(user_with_role(role))

    response = request(client, case, data)

    if not case.others_may_load:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"] == "/admin/"
    text = text_of(response, "")
    for value in PERSONAL:
        assert value not in text
    assert f"/admin/forms/submissions/{data.form_page.pk}/" not in text
    assert_untouched(data)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_the_secretary_has_every_submission_url(client, data, case):
    client.force_login(user_with_role("secretary"))

    response = request(client, case, data)

    if case.shows is None:
        assert response.status_code in (302, 403)
        assert_untouched(data)
    elif case.post is not None:
        assert response.status_code == 302
        assert case.done(data)
    else:
        assert response.status_code == 200
        assert case.shows in text_of(response, case.export)


def test_a_group_that_may_see_but_not_delete_submissions_cannot_delete_sign_ups(client, data):
    readers = Group.objects.create(name="Meelezers")
    readers.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_submission")
    )
    user = user_with_role("editor", username="meelezer")
    user.groups.add(readers)
    client.force_login(user)
    url = f"/admin/forms/submissions/{data.form_page.pk}/"

    assert "Bert de Vries" in client.get(url).content.decode()
    response = client.post(f"{url}delete/?selected-submissions={data.signup.pk}")

    assert response.status_code in (302, 403)
    assert FormPageSubmission.objects.filter(pk=data.signup.pk).exists()


def test_the_forms_menu_is_only_for_the_secretary(client, data):
    client.force_login(user_with_role("editor"))
    assert '"/admin/forms/"' not in client.get("/admin/").content.decode()

    client.force_login(user_with_role("secretary"))
    assert '"/admin/forms/"' in client.get("/admin/").content.decode()


def admin_url_names(resolver, namespace=None):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            yield from admin_url_names(pattern, pattern.namespace or namespace)
        elif namespace in NAMESPACES:
            yield f"{namespace}:{pattern.name}"


def test_every_admin_url_with_submissions_is_checked():
    """A new view in one of these admin sections must be added to CASES (and so be checked) before it ships."""
    checked = {name for case in CASES for name in case.url_names}

    assert set(admin_url_names(get_resolver())) == checked
