"""The page tree, translation settings, system checks and the worker's housekeeping."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from wagtail.models import Locale

from contact.models import ContactPage
from home.models import ContentPage, HomePage
from submissions.management.commands.worker import Housekeeping
from submissions.models import MailState, OutgoingMail, Submission
from tests.factories.contact import OutgoingMailFactory, SubmissionFactory, protected_post

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def test_contact_page_lives_once_under_the_home_page(home, contact_page):
    assert ContactPage.allowed_parent_page_models() == [HomePage]
    assert not ContactPage.can_create_at(ContentPage(title="Over ons"))
    assert ContactPage.allowed_subpage_models() == []
    assert not ContactPage.can_create_at(home), "a second contact page under the same home page"


def test_recipient_is_the_same_in_every_language():
    synchronized = [field.field_name for field in ContactPage.override_translatable_fields]
    assert synchronized == ["recipient"]


def test_english_page_sends_the_confirmation_in_english(client, contact_page, valid_data):
    english = Locale.objects.get_or_create(language_code="en")[0]
    home_en = contact_page.get_parent().copy_for_translation(english)
    home_en.save_revision().publish()
    page_en = contact_page.copy_for_translation(english)
    page_en.save_revision().publish()

    response = client.post(page_en.url, protected_post(valid_data))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/contact/")
    submission = Submission.objects.get()
    assert submission.language == "en"
    languages = {mail.to[0]: mail.language for mail in submission.mails.all()}
    assert languages == {"secretariaat@wijraad.example.org": "nl", "anna.bakker@example.org": "en"}


def run_check(settings_module, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("RECAPTCHA_")}
    environment.update(
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY="k" * 60,
        SITE_URL="https://wijraad.example.org",
        DEFAULT_FROM_EMAIL="WIJ-raad <noreply@wijraad.nl>",
        **env,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_warns_when_recaptcha_keys_are_missing():
    without = run_check("wijraad.settings.production")
    with_keys = run_check("wijraad.settings.production", RECAPTCHA_PUBLIC_KEY="public", RECAPTCHA_PRIVATE_KEY="private")

    assert without.returncode == 0
    assert "contact.W001" in without.stderr + without.stdout
    assert "contact.W001" not in with_keys.stderr + with_keys.stdout


def test_worker_housekeeping_sends_pending_mail_and_purges_once_a_day(mailoutbox):
    OutgoingMailFactory(submission=SubmissionFactory())
    expired = SubmissionFactory(created_at=timezone.now() - timedelta(days=400))
    housekeeping = Housekeeping(sweep_interval=30, purge_interval=24 * 3600)

    housekeeping.run_once()

    assert len(mailoutbox) == 1
    assert OutgoingMail.objects.get().state == MailState.SENT
    assert not Submission.objects.filter(pk=expired.pk).exists()

    late = SubmissionFactory(created_at=timezone.now() - timedelta(days=400))
    housekeeping.run_once()
    assert Submission.objects.filter(pk=late.pk).exists(), "purged again within the day"
