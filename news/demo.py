"""Demo content for news: the categories, the news index at /nieuws/ and three items from the seeds, and the
English translations of the categories, the index, the letter and the expert meeting (the advice stays Dutch only).

Idempotent like the other loaders: what exists is left alone, so the secretary's edits survive a rerun.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale

from home.demo import add_section_link, blocks, ensure_page, get_home, has_english, translate_to_english
from home.demo_translation import translate

from . import demo_texts as texts
from . import demo_texts_en as texts_en
from .models import NewsCategory, NewsIndexPage, NewsPage, NewsPageTag


def ensure_categories():
    """The starting list of categories in the default language, keyed by slug."""
    locale = Locale.get_default()
    categories = {}
    for slug, name, sort_order in texts.CATEGORIES:
        categories[slug], _created = NewsCategory.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name, "sort_order": sort_order}
        )
    return categories


def tagged(*names):
    """Tag links for a new page (ClusterableModel takes child objects as keyword arguments)."""
    tags = [Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0] for name in names]
    return [NewsPageTag(tag=tag) for tag in tags]


def load(log):
    _site, home = get_home()
    categories = ensure_categories()

    index, created = ensure_page(
        home,
        NewsIndexPage,
        "nieuws",
        title=texts.INDEX_TITLE,
        intro=texts.INDEX_INTRO,
        show_in_menus=True,
    )
    log(created, index)

    advice, created = ensure_page(
        index,
        NewsPage,
        texts.ADVICE_SLUG,
        title=texts.ADVICE_TITLE,
        date=texts.ADVICE_DATE,
        category=categories[texts.ADVICE_CATEGORY],
        intro=texts.ADVICE_INTRO,
        body=blocks(*texts.ADVICE_BODY),
        tagged_items=tagged(*texts.ADVICE_TAGS),
    )
    log(created, advice)

    letter, created = ensure_page(
        index,
        NewsPage,
        texts.PARTICIPATION_SLUG,
        title=texts.PARTICIPATION_TITLE,
        date=texts.PARTICIPATION_DATE,
        category=categories[texts.PARTICIPATION_CATEGORY],
        intro=texts.PARTICIPATION_INTRO,
        body=blocks(*texts.PARTICIPATION_BODY),
        tagged_items=tagged(*texts.PARTICIPATION_TAGS),
    )
    log(created, letter)

    meeting, created = ensure_page(
        index,
        NewsPage,
        texts.EXPERT_MEETING_SLUG,
        title=texts.EXPERT_MEETING_TITLE,
        date=texts.EXPERT_MEETING_DATE,
        category=categories[texts.EXPERT_MEETING_CATEGORY],
        intro=texts.EXPERT_MEETING_INTRO,
        body=blocks(*texts.EXPERT_MEETING_BODY),
        tagged_items=tagged(*texts.EXPERT_MEETING_TAGS),
        event_start=datetime.datetime(*texts.EXPERT_MEETING_START, tzinfo=ZoneInfo(settings.TIME_ZONE)),
        event_location=texts.EXPERT_MEETING_LOCATION,
        event_address=texts.EXPERT_MEETING_ADDRESS,
        event_city=texts.EXPERT_MEETING_CITY,
        event_organiser=texts.EXPERT_MEETING_ORGANISER,
    )
    log(created, meeting)

    if has_english(home):
        for category in categories.values():
            translate(category, "en", texts_en.CATEGORIES)
        translate_to_english(log, index, texts_en.INDEX)
        translate_to_english(log, letter, texts_en.PARTICIPATION)
        translate_to_english(log, meeting, texts_en.EXPERT_MEETING)

    add_section_link(index, texts.HOME_SECTION_TEXT, {"en": texts_en.HOME_SECTION_TEXT})
