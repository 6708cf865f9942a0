"""Shared helpers for the form page tests (tests/formpages/test_form_page*.py)."""

import datetime
from zoneinfo import ZoneInfo

from tests.factories.contact import FormFieldFactory, FormPageFactory, protected_post

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TABLES = ["Samenleven in de buurt", "Veiligheid", "Actief in de samenleving", "(Mantel)zorg", "Leren/onderwijs"]


def at(*args):
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


def make_signup_form(home, **page_fields):
    """A sign-up form like the expert meeting's: name, e-mail, one or two tables, a question."""
    page = FormPageFactory(parent=home, slug="aanmelden", title="Aanmelden expertmeeting", **page_fields)
    FormFieldFactory(page=page, label="Naam", field_type="singleline", sort_order=0)
    FormFieldFactory(page=page, label="E-mailadres", field_type="email", sort_order=1)
    FormFieldFactory(
        page=page,
        label="Thematafels",
        field_type="checkboxes",
        choices="\n".join(TABLES),
        min_choices=1,
        max_choices=2,
        help_text="Kies één of twee tafels.",
        sort_order=2,
    )
    FormFieldFactory(page=page, label="Vraag of opmerking", field_type="multiline", required=False, sort_order=3)
    return page


def signup(client, name="Anna Bakker", email="anna@example.org", tables=("Veiligheid",), ip="127.0.0.2", **extra):
    """Send the sign-up form as a resident from their own address (the per-IP rate limit stays out of the way)."""
    data = {"naam": name, "e_mailadres": email, "thematafels": list(tables), "vraag_of_opmerking": "", **extra}
    return client.post("/aanmelden/", protected_post(data), REMOTE_ADDR=ip)
