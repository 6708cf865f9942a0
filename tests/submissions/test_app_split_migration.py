"""Moving the pipeline and the form pages out of contact loses no row: a database made before the move (the
migrations as of commit 1d67537) is migrated forward and keeps its submissions, mails, form pages and sign-ups, their
content types (and so permissions, revisions and translation records), and the admin still opens them."""

import pytest
from django.apps import apps as current_apps
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.expensive]

# The newest migration of each of our apps at commit 1d67537, before submissions and formpages existed.
BEFORE_THE_MOVE = [
    ("home", "0007_secretariaat_footer_text_permissions"),
    ("news", "0002_secretariaat_news_category_permissions"),
    ("vacancies", "0004_secretariaat_council_member_permissions"),
    ("contact", "0004_shorter_contact_thank_you_text"),
    ("submissions", None),
    ("formpages", None),
]
MOVED = {
    "submission": "submissions",
    "outgoingmail": "submissions",
    "mailattachment": "submissions",
    "contactsettings": "submissions",
    "formpage": "formpages",
    "formfield": "formpages",
    "formpagesubmission": "formpages",
}


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def make_old_rows(old):
    """Rows as the code at 1d67537 wrote them, with the models of that time."""
    ContentType = old.get_model("contenttypes", "ContentType")
    Page = old.get_model("wagtailcore", "Page")
    Locale = old.get_model("wagtailcore", "Locale")
    Revision = old.get_model("wagtailcore", "Revision")
    Group = old.get_model("auth", "Group")
    Submission = old.get_model("contact", "Submission")
    OutgoingMail = old.get_model("contact", "OutgoingMail")
    MailAttachment = old.get_model("contact", "MailAttachment")
    FormPage = old.get_model("contact", "FormPage")
    # The historical model keeps Wagtail's FormMixin.__init__, which reads the page's template to name its landing page.
    FormPage.landing_page_template = "contact/form_page_landing.html"
    FormField = old.get_model("contact", "FormField")
    FormPageSubmission = old.get_model("contact", "FormPageSubmission")

    content_types = {
        model: ContentType.objects.get_or_create(app_label="contact", model=model)[0].pk for model in MOVED
    }
    home = Page.objects.get(depth=2, locale__language_code="nl")
    form_page = FormPage.objects.create(
        title="Aanmelden expertmeeting",
        draft_title="Aanmelden expertmeeting",
        slug="aanmelden-expertmeeting",
        path=f"{home.path}00ZZ",
        depth=3,
        numchild=0,
        url_path=f"{home.url_path}aanmelden-expertmeeting/",
        content_type_id=content_types["formpage"],
        locale=Locale.objects.get(language_code="nl"),
        live=True,
        max_signups=12,
        thank_you_text="Tot dan!",
        to_address="secretariaat@wijraad.example.org",
    )
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)
    Revision.objects.create(
        content_type_id=content_types["formpage"],
        base_content_type_id=ContentType.objects.get(app_label="wagtailcore", model="page").pk,
        object_id=str(form_page.pk),
        object_str=form_page.title,
        created_at=timezone.now(),
        content={"title": form_page.title, "pk": form_page.pk},
    )
    field = FormField.objects.create(
        page=form_page,
        sort_order=0,
        label="Aan welke tafel?",
        clean_name="aan_welke_tafel",
        field_type="radio",
        choices="Buurt\nZorg",
        locale_id=form_page.locale_id,
    )
    submission = Submission.objects.create(
        reference="ABCD-EFGH",
        kind="form",
        page_id=form_page.pk,
        language="nl",
        sender_name="Anna Bakker",
        sender_email="anna@example.org",
        subject=form_page.title,
        data=[{"name": "aan_welke_tafel", "label": "Aan welke tafel?", "value": "Buurt"}],
        dedupe_key="a" * 64,
    )
    contact_message = Submission.objects.create(
        reference="HJKM-NPQR",
        kind="contact",
        language="nl",
        sender_name="Piet Smit",
        sender_email="piet@example.org",
        subject="Vraag",
        data=[{"name": "message", "label": "Je bericht", "value": "Hallo"}],
        dedupe_key="b" * 64,
    )
    signup = FormPageSubmission.objects.create(
        page_id=form_page.pk, submission=submission, form_data={"aan_welke_tafel": "Buurt"}
    )
    mail = OutgoingMail.objects.create(
        submission=submission,
        to=["secretariaat@wijraad.example.org"],
        subject="Nieuwe aanmelding",
        body="Anna Bakker meldt zich aan.",
        message_id="<1@wijraad.example.org>",
        state="sent",
        attempts=1,
    )
    MailAttachment.objects.create(mail=mail, filename="uitnodiging.ics", mimetype="text/calendar", content=b"ICS")
    group_permissions = set(
        Group.objects.get(name="Secretariaat")
        .permissions.filter(content_type__app_label="contact")
        .exclude(content_type__model="contactpage")
        .values_list("codename", flat=True)
    )
    return {
        "content_types": content_types,
        "form_page": form_page.pk,
        "field": field.pk,
        "submission": submission.pk,
        "contact_message": contact_message.pk,
        "signup": signup.pk,
        "mail": mail.pk,
        "group_permissions": group_permissions,
    }


def test_rows_content_types_and_admin_survive_the_move(client):
    old = migrate(BEFORE_THE_MOVE)
    made = make_old_rows(old)
    assert made["group_permissions"] >= {"view_submission", "change_submission", "delete_submission"}

    migrate(latest())

    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, Revision

    from formpages.models import FormField, FormPage, FormPageSubmission
    from submissions.models import MailAttachment, OutgoingMail, Submission

    for model, app_label in MOVED.items():
        content_type = ContentType.objects.get(pk=made["content_types"][model])
        assert (content_type.app_label, content_type.model) == (app_label, model)
        assert content_type.model_class() is current_apps.get_model(app_label, model)
        assert not ContentType.objects.filter(app_label="contact", model=model).exists()

    page = Page.objects.get(pk=made["form_page"])
    assert page.content_type_id == made["content_types"]["formpage"]
    form_page = page.specific
    assert isinstance(form_page, FormPage)
    assert (form_page.max_signups, form_page.thank_you_text) == (12, "Tot dan!")
    assert Revision.objects.get(object_id=str(form_page.pk)).content_type_id == made["content_types"]["formpage"]
    field = FormField.objects.get(pk=made["field"])
    assert (field.page_id, field.clean_name, field.choices) == (form_page.pk, "aan_welke_tafel", "Buurt\nZorg")

    submission = Submission.objects.get(pk=made["submission"])
    assert (submission.reference, submission.kind, submission.sender_name) == ("ABCD-EFGH", "form", "Anna Bakker")
    assert submission.data == [{"name": "aan_welke_tafel", "label": "Aan welke tafel?", "value": "Buurt"}]
    assert Submission.objects.get(pk=made["contact_message"]).reference == "HJKM-NPQR"
    signup = FormPageSubmission.objects.get(pk=made["signup"])
    assert (signup.submission_id, signup.form_data) == (submission.pk, {"aan_welke_tafel": "Buurt"})
    mail = OutgoingMail.objects.get(pk=made["mail"])
    assert (mail.submission_id, mail.state, mail.subject) == (submission.pk, "sent", "Nieuwe aanmelding")
    attachment = MailAttachment.objects.get(mail=mail)
    assert (attachment.filename, bytes(attachment.content)) == ("uitnodiging.ics", b"ICS")

    group = Group.objects.get(name="Secretariaat")
    for codename in made["group_permissions"]:
        assert group.permissions.filter(content_type__app_label="submissions", codename=codename).exists(), codename

    admin = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "geheim")
    client.force_login(admin)
    for url in [
        reverse("submissions:inspect", args=[submission.pk]),
        reverse("wagtailadmin_pages:edit", args=[form_page.pk]),
        reverse("wagtailforms:list_submissions", args=[form_page.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "ABCD-EFGH" in client.get(reverse("wagtailforms:list_submissions", args=[form_page.pk])).text
