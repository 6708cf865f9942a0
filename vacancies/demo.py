"""Demo content for vacancies: the profile, the council page, /vacatures/ with two standing
vacancies, and clearly marked example members. Idempotent: what exists is left alone."""

import uuid
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from home.demo import add_section_link, blocks, ensure_page, get_home, translate_to_english

from . import demo_texts, demo_texts_en
from .models import CouncilMember, CouncilPage, ProfilePage, VacancyIndexPage, VacancyPage, VacancyRole

# Months since each example member started: spread over a three-year term.
EXAMPLE_TERM_STARTS = [30, 24, 18, 12, 12, 6, 3, 1]


def load(log):
    _site, home = get_home()

    section = home.get_children().filter(slug="jouw-mening-telt").first()
    if section is not None:
        profile, created = ensure_page(
            section.specific,
            ProfilePage,
            "profielschets",
            title="Profielschets",
            intro=demo_texts.PROFILE_INTRO,
            profile=blocks(*[(kind, with_item_ids(value)) for kind, value in demo_texts.PROFILE]),
        )
        log(created, profile)
        council, created = ensure_page(
            section.specific,
            CouncilPage,
            "wie-zitten-er-in-de-wij-raad",
            title=demo_texts.COUNCIL_TITLE,
            intro=demo_texts.COUNCIL_INTRO,
            body=blocks(*demo_texts.COUNCIL_BODY),
        )
        log(created, council)
        translate_to_english(log, profile, demo_texts_en.PROFILE)
        translate_to_english(log, council, demo_texts_en.COUNCIL)

    index, created = ensure_page(
        home,
        VacancyIndexPage,
        "vacatures",
        title="Vacatures",
        intro=demo_texts.VACANCIES_INTRO,
        body=blocks(*demo_texts.VACANCIES_BODY),
        procedure=blocks(*[("step", {"title": title, "text": text}) for title, text in demo_texts.PROCEDURE]),
        show_in_menus=True,
    )
    log(created, index)
    translate_to_english(log, index, demo_texts_en.INDEX)

    for slug, role, texts, english in [
        ("lid-van-de-wij-raad", VacancyRole.MEMBER, demo_texts.MEMBER_VACANCY, demo_texts_en.MEMBER_VACANCY),
        ("voorzitter-van-de-wij-raad", VacancyRole.CHAIR, demo_texts.CHAIR_VACANCY, demo_texts_en.CHAIR_VACANCY),
    ]:
        vacancy, created = ensure_page(
            index,
            VacancyPage,
            slug,
            role=role,
            what_we_offer=demo_texts.WHAT_WE_OFFER,
            term="3 jaar",
            meeting_rhythm=demo_texts.MEETING_RHYTHM,
            closing_date=None,
            **texts,
        )
        log(created, vacancy)
        translate_to_english(log, vacancy, english)

    load_example_members()
    add_section_link(index, demo_texts.HOME_SECTION_TEXT, {"en": demo_texts_en.HOME_SECTION_TEXT})


def with_item_ids(value):
    """Requirements as list items with an id: wagtail-localize offers only those for translation."""
    if "requirements" not in value:
        return value
    items = [{"type": "item", "value": text, "id": str(uuid.uuid4())} for text in value["requirements"]]
    return {**value, "requirements": items}


def load_example_members():
    locale = Locale.get_default()
    today = timezone.localdate()
    for (name, role, introduction), months in zip(demo_texts.EXAMPLE_MEMBERS, EXAMPLE_TERM_STARTS, strict=True):
        if CouncilMember.objects.filter(name=name, locale=locale).exists():
            continue
        start = today - timedelta(days=round(months * 30.44))
        CouncilMember.objects.create(
            name=name,
            role=role,
            introduction=introduction,
            term_start=start,
            term_end=start + timedelta(days=3 * 365),
            locale=locale,
        )
