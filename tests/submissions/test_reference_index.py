"""Applications are in Wagtail's reference index (a vacancy's "Gebruik" lists them) in every process, also in the
worker and in management commands, which never load the admin's URLs. Submissions and mails are kept out of it
everywhere (their viewsets say so)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import django
django.setup()
from wagtail.models import ReferenceIndex
from django.apps import apps
for name in ("submissions.Submission", "submissions.OutgoingMail", "vacancies.Application"):
    print(name, apps.get_model(name) in ReferenceIndex.indexed_models)
"""


def test_applications_are_indexed_without_the_admin_urls_and_submissions_never():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "wijraad.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", CODE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split("\n")[:3] == [
        "submissions.Submission False",
        "submissions.OutgoingMail False",
        "vacancies.Application True",
    ]
