"""The registry of kinds of submission ("contact", "application", "form"): their admin label and retention rule.

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
