"""New work at a glance for the secretary: the number of new and open submissions per kind on the admin's home page,
and the number of new ones in the menu.

Each app names its kind the way the dashboard says it (`name_on_dashboard`, from its wagtail_hooks); the feature apps
add their own panels (applications waiting for a step, meetings and their places) with Wagtail's
`construct_homepage_panels` hook, so this app knows none of them.
"""

from functools import partial
from urllib.parse import urlencode

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.admin.ui.components import Component

from .models import HandlingStatus, Submission
from .permissions import ReadOnlyCreationPolicy
from .registry import kind_choices

UNNAMED = 1000
NEW_COUNT_KEY = "submissions:new-count"
NEW_COUNT_SECONDS = 60
_dashboard_names = {}  # kind: (order, label)


def name_on_dashboard(kind, label, order):
    """How the dashboard names submissions of `kind` ("Berichten"), and where it lists them (lowest first). A kind
    without a name here comes last, under its own label."""
    _dashboard_names[kind] = (order, label)


def may_view_submissions(user):
    return ReadOnlyCreationPolicy(Submission).user_has_permission(user, "view")


def filtered_list_url(kind, status=HandlingStatus.NEW):
    return f"{reverse('submissions:index')}?{urlencode({'kind': kind, 'status': status})}"


def counts_per_kind():
    """[{kind, label, new, open, url}] for every registered kind, in one query."""
    counts = {
        row["kind"]: row
        for row in Submission.objects.open()
        .values("kind")
        .annotate(new=Count("pk", filter=Q(status=HandlingStatus.NEW)), open=Count("pk"))
        .order_by()
    }
    kinds = sorted((_dashboard_names.get(kind, (UNNAMED, label)), kind) for kind, label in kind_choices())
    return [
        {
            "kind": kind,
            "label": label,
            "new": counts.get(kind, {}).get("new", 0),
            "open": counts.get(kind, {}).get("open", 0),
            "url": filtered_list_url(kind),
        }
        for (_order, label), kind in kinds
    ]


class NewWorkPanel(Component):
    """First on the admin's home page, for whoever may see submissions."""

    name = "new_work"
    template_name = "submissions/admin/new_work_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        rows = counts_per_kind()
        return {"rows": rows, "new_total": sum(row["new"] for row in rows), "index_url": reverse("submissions:index")}


def count_new():
    """The number of new submissions, kept in the cache for a minute at most: every admin page shows it in the menu.
    Storing a submission or changing its status (submissions/handling.py) forgets it at once."""
    count = cache.get(NEW_COUNT_KEY)
    if count is None:
        count = Submission.objects.new().count()
        cache.set(NEW_COUNT_KEY, count, NEW_COUNT_SECONDS)
    return count


def forget_new_count(sender, **kwargs):
    cache.delete(NEW_COUNT_KEY)
    # Again once stored: a page shown before the commit may have counted without this submission.
    transaction.on_commit(partial(cache.delete, NEW_COUNT_KEY))


def forget_new_count_on_change():
    post_save.connect(forget_new_count, sender=Submission, dispatch_uid="submissions_forget_new_count_save")
    post_delete.connect(forget_new_count, sender=Submission, dispatch_uid="submissions_forget_new_count_delete")


def new_submissions(request):
    """The number of new submissions for the menu (shown twice, looked up once per request), or None for a user who
    may not see them."""
    if not hasattr(request, "_new_submissions"):
        request._new_submissions = count_new() if may_view_submissions(request.user) else None
    return request._new_submissions


class NewCountInLabel:
    """A menu item whose label ends with the number of new submissions: "Inzendingen (3)"."""

    def render_component(self, request):
        component = super().render_component(request)
        if count := new_submissions(request):
            component.label = f"{component.label} ({count})"
        return component
