"""Rows made once for a whole test module, rolled back after its last test."""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def rolled_back_after_the_module(django_db_blocker):
    """For a module-scoped fixture: what it makes inside this block is rolled back when the module ends. Each test
    that asks for pytest-django's `db` runs in a savepoint of it, so each starts from the same rows."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
