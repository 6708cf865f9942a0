"""Demo content for form pages: the closed sign-up for the expert meeting of seed 004, linked from its news item,
and an open example form with places, both also in English. Runs after news.demo. Idempotent: what exists is left
alone."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings

from formpages.models import FormField, FormPage
from home.demo import ensure_page, get_home, has_english, translate_to_english
from news import demo_texts_en as news_texts_en
from news.demo_texts import EXPERT_MEETING_SLUG
from news.models import NewsPage

from . import demo_forms_texts as texts
from . import demo_forms_texts_en as texts_en


def moment(parts):
    return datetime.datetime(*parts, tzinfo=ZoneInfo(settings.TIME_ZONE))


def questions(fields):
    return [
        FormField(label=label, field_type=field_type, required=required, sort_order=order, **extra)
        for order, (label, field_type, required, extra) in enumerate(fields)
    ]


def load(log):
    _site, home = get_home()

    expert, created = ensure_page(
        home,
        FormPage,
        texts.EXPERT_SLUG,
        title=texts.EXPERT_TITLE,
        intro=texts.EXPERT_INTRO,
        body=texts.EXPERT_BODY,
        closes_at=moment(texts.EXPERT_CLOSES),
        thank_you_text=texts.EXPERT_THANK_YOU,
        confirmation_text=texts.EXPERT_CONFIRMATION,
        form_fields=questions(texts.EXPERT_FIELDS),
    )
    log(created, expert)
    news_item = link_news_item(expert)

    meeting, created = ensure_page(
        home,
        FormPage,
        texts.MEETING_SLUG,
        title=texts.MEETING_TITLE,
        intro=texts.MEETING_INTRO,
        body=texts.MEETING_BODY,
        closes_at=moment(texts.MEETING_CLOSES),
        max_signups=texts.MEETING_MAX_SIGNUPS,
        thank_you_text=texts.MEETING_THANK_YOU,
        confirmation_text=texts.MEETING_CONFIRMATION,
        form_fields=questions(texts.MEETING_FIELDS),
    )
    log(created, meeting)

    if has_english(home):
        translate_to_english(log, expert, texts_en.EXPERT_FORM)
        translate_to_english(log, meeting, texts_en.MEETING_FORM)
        if news_item is not None:
            # The link to the form is a synchronised field: the English news item gets the same (Dutch) form page
            # and its "Sign up" button leads to the English form (Page.localized). Translating the news item again
            # passes on a link made above; when nothing changed, it does nothing.
            translate_to_english(log, news_item, news_texts_en.EXPERT_MEETING)


def link_news_item(form_page):
    """The expert meeting's news item points to its sign-up form (set once; an editor's later choice stays).

    Returns the news item, or None when there is none."""
    news_item = NewsPage.objects.filter(slug=EXPERT_MEETING_SLUG, locale_id=form_page.locale_id).first()
    if news_item is None or news_item.signup_page_id is not None:
        return news_item
    news_item.signup_page = form_page
    news_item.save_revision().publish()
    return news_item
