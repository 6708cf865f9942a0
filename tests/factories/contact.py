import time

import factory
import wagtail_factories
from wagtail.models import Site

from contact.models import ContactPage
from formpages.models import FormField, FormPage
from submissions.forms import HONEYPOT_FIELD, TOKEN_FIELD
from submissions.models import OutgoingMail, Submission
from submissions.spam import new_form_token


def protected_post(data, seconds_ago=60):
    """POST data for a protected form: `data` plus a fill-time token from `seconds_ago` and an empty honeypot."""
    return {**data, TOKEN_FIELD: new_form_token(issued_at=time.time() - seconds_ago), HONEYPOT_FIELD: ""}


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact"
    slug = "contact"
    intro = "Stuur ons een bericht."

    class Meta:
        model = ContactPage


class SubmissionFactory(factory.django.DjangoModelFactory):
    reference = factory.Sequence(lambda n: f"TEST-{n:04d}")
    kind = "contact"
    language = "nl"
    sender_name = "Jan de Vries"
    sender_email = "jan@example.org"
    subject = "Vraag over de WIJ-raad"
    data = factory.LazyFunction(lambda: [{"name": "message", "label": "Je bericht", "value": "Hallo."}])
    dedupe_key = factory.Sequence(lambda n: f"test-dedupe-{n}")

    class Meta:
        model = Submission


class OutgoingMailFactory(factory.django.DjangoModelFactory):
    submission = factory.SubFactory(SubmissionFactory)
    to = factory.LazyFunction(lambda: ["secretariaat@wijraad.example.org"])
    subject = "Contactformulier"
    body = "Er is een bericht gestuurd."
    message_id = factory.Sequence(lambda n: f"<test-{n}@wijraad.example.org>")

    class Meta:
        model = OutgoingMail


# --- Form pages (the form builder) --------------------------------------------------------------------------------


class FormPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Aanmelden voor bijeenkomst {n}")
    slug = factory.Sequence(lambda n: f"aanmelden-{n}")
    intro = "Meld je aan voor de bijeenkomst."

    class Meta:
        model = FormPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    """A question; without `page` it makes a form page under the home page for it."""

    page = factory.SubFactory(
        FormPageFactory, parent=factory.LazyFunction(lambda: Site.objects.get(is_default_site=True).root_page)
    )
    label = factory.Sequence(lambda n: f"Vraag {n}")
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField
