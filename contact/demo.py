"""Demo content for contact: the contact page at /contact/ and /en/contact/. Idempotent: what exists is left alone."""

from home.demo import ensure_page, get_home, has_english, translate_to_english

from . import demo_texts
from .models import DEFAULT_SUBJECTS, ContactPage


def load(log):
    _site, home = get_home()
    page, created = ensure_page(
        home,
        ContactPage,
        "contact",
        title="Contact",
        intro=demo_texts.CONTACT_INTRO,
        body=demo_texts.CONTACT_BODY,
        subjects=[("subject", subject) for subject in DEFAULT_SUBJECTS],
        show_in_menus=True,
    )
    log(created, page)
    if has_english(home):
        translate_to_english(log, page, demo_texts.CONTACT_EN)
