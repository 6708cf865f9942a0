"""On the admin's home page: the meetings people can still sign up for or that are still to come, with the places
taken and left. A meeting's date is that of the news item that links to its form; a form without one counts while
it is open."""

from django.conf import settings
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from news.models import NewsPage
from wijraad.admin_values import local_datetime

from .models import FormPage
from .models.form_submissions import FormPageSubmission


def upcoming_forms(now):
    """Live form pages in the site's language whose meeting is today or later, or, without a meeting, still open."""
    start_of_today = timezone.localtime(now, timezone.get_default_timezone()).replace(hour=0, minute=0, second=0)
    event = (
        NewsPage.objects.live()
        .filter(signup_page__translation_key=OuterRef("translation_key"), event_start__isnull=False)
        .order_by("event_start")
    )
    return (
        FormPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(event_start=Subquery(event.values("event_start")[:1]))
        .filter(
            Q(event_start__gte=start_of_today)
            | Q(event_start__isnull=True) & (Q(closes_at__isnull=True) | Q(closes_at__gt=now))
        )
        .order_by(F("event_start").asc(nulls_last=True), "title")
    )


def taken_per_form(pages):
    """{translation key: sign-ups that still take a place}, for all languages of each form, in one query."""
    rows = (
        FormPageSubmission.objects.active()
        .filter(page__translation_key__in=[page.translation_key for page in pages])
        .values("page__translation_key")
        .annotate(taken=Count("pk"))
        .order_by()
    )
    return {row["page__translation_key"]: row["taken"] for row in rows}


class MeetingsPanel(Component):
    name = "meetings"
    template_name = "formpages/admin/meetings_panel.html"
    order = 30

    def get_context_data(self, parent_context):
        pages = list(upcoming_forms(timezone.now()))
        taken = taken_per_form(pages)
        meetings = []
        for page in pages:
            count = taken.get(page.translation_key, 0)
            meetings.append(
                {
                    "title": page.title,
                    "url": reverse("wagtailforms:list_submissions", args=[page.pk]),
                    "date": local_datetime(page.event_start) if page.event_start else "",
                    "taken": count,
                    "maximum": page.max_signups,
                    "left": max(page.max_signups - count, 0) if page.max_signups else None,
                }
            )
        return {"meetings": meetings}
