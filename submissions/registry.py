"""The registry of kinds of submission ("contact", "application", "form"): their admin label, retention rule, and the
links from a submission's detail view to where it is handled further (a procedure, the sign-ups of a form).

Each app registers its kinds in its AppConfig.ready(); submissions/kinds.py applies the retention rules.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    expired: Callable[..., QuerySet] | None = None
    admin_links: Callable[..., list] | None = None


_kinds: dict[str, Kind] = {}


def register_kind(name, *, label, expired=None, admin_links=None):
    """Register a kind of submission.

    `expired(now)` returns the Submission queryset of this kind whose personal data must now be deleted; leave it
    out to use the general retention period. Deleting cascades to the mails and to rows with a CASCADE foreign key
    to Submission; clean up files in a post_delete handler.

    `admin_links(submission)` returns the links its detail view in the admin shows: a list of (label, url,
    is_download) for the specialised views of this kind and its private files.
    """
    _kinds[name] = Kind(name=name, label=label, expired=expired, admin_links=admin_links)


def kind_label(name):
    kind = _kinds.get(name)
    return kind.label if kind else name


def admin_links(submission):
    kind = _kinds.get(submission.kind)
    return kind.admin_links(submission) if kind and kind.admin_links else []


def kind_choices():
    return [(kind.name, kind.label) for kind in _kinds.values()]
