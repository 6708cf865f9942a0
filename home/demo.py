"""Demo content for the home app: the home page, "Jouw mening telt", the statements, the footer,
and their English translations.

Each loader is idempotent: what exists is left alone, so a secretary's edits survive a rerun.
"""

import json

from django.conf import settings
from wagtail.fields import StreamField
from wagtail.models import Locale, Site

from . import demo_texts, demo_texts_en
from .demo_translation import translate
from .models import ContentPage, FooterText, HomePage, SiteSettings


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
    _convert_stream_fields(page)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _convert_stream_fields(instance):
    """Turn raw StreamField data into blocks, so it is saved in Wagtail's current format.

    Raw list items are saved as plain strings otherwise, and wagtail-localize only offers
    list items with an id for translation.
    """
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            list(getattr(instance, field.name))


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
    if not site_settings.phone:
        site_settings.phone = demo_texts.PHONE
        site_settings.save()
    footer = ensure_footer_text(privacy, accessibility)

    if "en" in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        for source, strings in [
            (home, demo_texts_en.HOME),
            (jouw_mening, demo_texts_en.JOUW_MENING_TELT),
            (privacy, demo_texts_en.PRIVACY),
            (accessibility, demo_texts_en.ACCESSIBILITY),
        ]:
            translation, changed = translate(source, "en", strings)
            log(changed, translation)
        translate(footer, "en", demo_texts_en.FOOTER)


def ensure_footer_text(*linked_pages):
    """The Dutch footer, created with links to `linked_pages` if there is none yet."""
    locale = Locale.get_default()
    footer = FooterText.objects.filter(locale=locale).first()
    if footer is None:
        footer = FooterText.objects.create(
            locale=locale,
            postal_address=demo_texts.POSTAL_ADDRESS,
            links=json.dumps(
                [{"type": "link", "value": {"page": page.pk, "url": "", "text": ""}} for page in linked_pages]
            ),
        )
    return footer


def has_english(home):
    """Whether the site has English content: the demo translates into English only under an English home page."""
    return (
        "en" in dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        and home.get_translations().filter(locale__language_code="en").exists()
    )


def translate_to_english(log, instance, strings):
    translated, saved = translate(instance, "en", strings)
    log(saved, translated)


def add_section_link(page, text, translations=None):
    """Add a pointer to `page` on the home page, once, and update the home page's translations.

    `translations` gives the text in other languages, e.g. {"en": "What the council does."}.
    """
    _site, home = get_home()
    if any(block.value["page"] and block.value["page"].pk == page.pk for block in home.section_links):
        return
    home.section_links.append(("section", {"page": page, "title": "", "text": text}))
    home.save_revision().publish()
    translations = translations or {}
    for translated_home in home.get_translations().select_related("locale"):
        code = translated_home.locale.language_code
        translate(home, code, {text: translations[code]} if code in translations else {})
