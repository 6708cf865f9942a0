"""Private files (PRIVATE_MEDIA_ROOT) that no row refers to any more: found and deleted by the worker once a day.

An upload is saved just before the transaction that stores its row; a process that dies in between leaves a file
nothing refers to, with personal data in it. Which files are still wanted is read from every model's file fields
that store in the private folder, so an app that adds private files needs no change here. Only files older than
`MIN_AGE` go: a younger one may belong to a form being stored at this moment.
"""

import datetime
import logging
import os
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone

logger = logging.getLogger(__name__)

MIN_AGE = datetime.timedelta(days=1)


def _is_private(storage):
    location = getattr(storage, "location", None)
    return location is not None and Path(location).resolve() == Path(settings.PRIVATE_MEDIA_ROOT).resolve()


def referenced_names():
    """The names (relative to PRIVATE_MEDIA_ROOT) that a row in the database still refers to."""
    names = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField) and _is_private(field.storage):
                names.update(model._default_manager.exclude(**{field.name: ""}).values_list(field.name, flat=True))
    return names


def orphans(now=None):
    """Paths of private files older than MIN_AGE that no row refers to."""
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    if not root.is_dir():
        return []
    cutoff = ((now or timezone.now()) - MIN_AGE).timestamp()
    wanted = referenced_names()
    found = []
    for folder, _subfolders, files in os.walk(root):
        for filename in files:
            path = Path(folder) / filename
            if path.relative_to(root).as_posix() not in wanted and path.stat().st_mtime < cutoff:
                found.append(path)
    return found


def delete_orphans(now=None):
    """Delete the orphaned private files; returns how many were deleted."""
    deleted = 0
    for path in orphans(now):
        try:
            path.unlink()
        except FileNotFoundError:
            continue  # gone already
        deleted += 1
    logger.info("Private files: deleted %s file(s) that no row refers to", deleted)
    return deleted
