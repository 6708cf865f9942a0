"""Kinds of submission ("contact", "application", "form"): their admin label and their retention rule.

Each app registers its kinds in its AppConfig.ready(). A kind without its own rule, and any kind found in the
database that nobody registered, is kept for the retention period in the form settings (default 6 months).
"""

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from wagtail.models import Site

from .models import ContactSettings, Submission
from .registry import Kind, _kinds, kind_choices, kind_label, register_kind

__all__ = ["Kind", "expired_submissions", "kind_choices", "kind_label", "purge", "register_kind", "retention_months"]


def retention_months():
    site = Site.objects.filter(is_default_site=True).first()
    return ContactSettings.for_site(site).retention_months if site else ContactSettings.DEFAULT_RETENTION_MONTHS


def expired_submissions(now=None):
    """{kind name: queryset of submissions to delete now}, for every kind in the registry or in the database."""
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
