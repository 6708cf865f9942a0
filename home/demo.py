"""Demo content for the home app: the home page, "Jouw mening telt" and the statements.

Each loader is idempotent: what exists is left alone, so a secretary's edits survive a rerun.
"""

import json

from wagtail.models import Site

from . import demo_texts
from .models import ContentPage, HomePage, SiteSettings


def blocks(*items):
    """Raw StreamField data from (block_type, value) pairs."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in items])


def paragraphs(*texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def ensure_page(parent, page_class, slug, **fields):
    """Return the child of `parent` with this slug, creating and publishing it if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def get_home():
    site = Site.objects.get(is_default_site=True)
    return site, site.root_page.specific


def load(log):
    site, home = get_home()

    jouw_mening, created = ensure_page(
        home,
        ContentPage,
        "jouw-mening-telt",
        title="Jouw mening telt",
        intro=demo_texts.JOUW_MENING_TELT_INTRO,
        body=blocks(*demo_texts.JOUW_MENING_TELT_BODY),
        show_in_menus=True,
    )
    log(created, jouw_mening)
    privacy, created = ensure_page(
        home,
        ContentPage,
        "privacy",
        title="Privacyverklaring",
        intro=demo_texts.PRIVACY_INTRO,
        body=blocks(*demo_texts.PRIVACY_BODY),
    )
    log(created, privacy)
    accessibility, created = ensure_page(
        home,
        ContentPage,
        "toegankelijkheid",
        title="Toegankelijkheid",
        intro=demo_texts.ACCESSIBILITY_INTRO,
        body=blocks(*demo_texts.ACCESSIBILITY_BODY),
    )
    log(created, accessibility)

    if isinstance(home, HomePage) and not home.welcome:
        home.title = "Welkom bij de WIJ-raad"
        home.intro = demo_texts.HOME_INTRO
        home.welcome = demo_texts.HOME_WELCOME
        home.section_links = json.dumps(
            [{"type": "section", "value": {"page": jouw_mening.pk, "title": "", "text": demo_texts.HOME_SECTION_TEXT}}]
        )
        home.save_revision().publish()
        log(True, home)

    site_settings = SiteSettings.for_site(site)
    if not site_settings.footer_links:
        site_settings.postal_address = demo_texts.POSTAL_ADDRESS
        site_settings.phone = demo_texts.PHONE
        site_settings.footer_links = json.dumps(
            [
                {"type": "link", "value": {"page": privacy.pk, "url": "", "text": ""}},
                {"type": "link", "value": {"page": accessibility.pk, "url": "", "text": ""}},
            ]
        )
        site_settings.save()


def add_section_link(page, text):
    """Add a pointer to `page` on the home page, once."""
    _site, home = get_home()
    if any(block.value["page"] and block.value["page"].pk == page.pk for block in home.section_links):
        return
    home.section_links.append(("section", {"page": page, "title": "", "text": text}))
    home.save_revision().publish()
