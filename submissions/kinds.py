"""Kinds of submission ("contact", "application", "form"): their admin label and their retention rule.

Each app registers its kinds in its AppConfig.ready(). A kind without its own rule, and any kind found in the
database that nobody registered, is kept for the retention period in the contact settings (default 6 months).
"""

from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.db.models import QuerySet
from django.utils import timezone


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    expired: Callable[..., QuerySet] | None = None


_kinds: dict[str, Kind] = {}


def register_kind(name, *, label, expired=None):
    """Register a kind of submission.

    `expired(now)` returns the Submission queryset of this kind whose personal data must now be deleted; leave it
    out to use the general retention period. Deleting cascades to the mails and to rows with a CASCADE foreign key
    to Submission; clean up files in a post_delete handler.
    """
    _kinds[name] = Kind(name=name, label=label, expired=expired)


def kind_label(name):
    kind = _kinds.get(name)
    return kind.label if kind else name


def kind_choices():
    return [(kind.name, kind.label) for kind in _kinds.values()]


def retention_months():
    from wagtail.models import Site

    from .models import ContactSettings

    site = Site.objects.filter(is_default_site=True).first()
    return ContactSettings.for_site(site).retention_months if site else ContactSettings.DEFAULT_RETENTION_MONTHS


def expired_submissions(now=None):
    """{kind name: queryset of submissions to delete now}, for every kind in the registry or in the database."""
    from .models import Submission

    now = now or timezone.now()
    cutoff = now - relativedelta(months=retention_months())
    names = set(_kinds) | set(Submission.objects.values_list("kind", flat=True).distinct())
    result = {}
    for name in sorted(names):
        kind = _kinds.get(name)
        if kind and kind.expired:
            result[name] = kind.expired(now).filter(kind=name)
        else:
            result[name] = Submission.objects.filter(kind=name, created_at__lt=cutoff)
    return result


def purge(now=None):
    """Delete what has passed its retention period. Returns {kind name: number of submissions deleted}."""
    deleted = {}
    for name, queryset in expired_submissions(now).items():
        count = queryset.count()
        if count:
            queryset.delete()
        deleted[name] = count
    return deleted
