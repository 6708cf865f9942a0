"""The Secretariaat role comes from one place (home/roles.py): a migrated database gives the group exactly what it
lists, and `manage.py migrate` keeps an existing group as it is, puts back what is missing and takes nothing away."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from home.roles import COLLECTION_PERMISSIONS, MODEL_PERMISSIONS, PAGE_PERMISSIONS, SECRETARIAAT, sync_roles

pytestmark = pytest.mark.django_db


def listed(wanted):
    return {(*label.split("."), codename) for label, codenames in wanted.items() for codename in codenames}


def key(permission):
    return (permission.content_type.app_label, permission.content_type.model, permission.codename)


def what_the_group_has():
    group = Group.objects.get(name=SECRETARIAAT)
    pages = GroupPagePermission.objects.filter(group=group).select_related("page", "permission__content_type")
    collections = GroupCollectionPermission.objects.filter(group=group).select_related(
        "collection", "permission__content_type"
    )
    return {
        "model": {key(permission) for permission in group.permissions.select_related("content_type")},
        "page": {(row.page.depth, *key(row.permission)) for row in pages},
        "collection": {(row.collection.depth, *key(row.permission)) for row in collections},
        "rows": (group.permissions.count(), pages.count(), collections.count()),
    }


def test_a_migrated_database_gives_the_secretariaat_exactly_its_permissions():
    has = what_the_group_has()

    assert has["model"] == listed(MODEL_PERMISSIONS)
    assert has["page"] == {(1, *permission) for permission in listed(PAGE_PERMISSIONS)}
    assert has["collection"] == {(1, *permission) for permission in listed(COLLECTION_PERMISSIONS)}


def test_the_role_covers_reading_submissions_and_changing_where_they_go():
    assert {
        ("submissions", "submission", "view_submission"),
        ("submissions", "submission", "change_recipient"),
        ("vacancies", "application", "view_application"),
        ("wagtailadmin", "admin", "access_admin"),
    } <= what_the_group_has()["model"]


def test_migrating_again_keeps_an_existing_group_as_it_is():
    before = what_the_group_has()
    group_id = Group.objects.get(name=SECRETARIAAT).pk

    call_command("migrate", verbosity=0)

    assert what_the_group_has() == before
    assert Group.objects.get(name=SECRETARIAAT).pk == group_id


def test_migrate_puts_back_a_missing_permission_and_keeps_one_given_by_hand():
    group = Group.objects.get(name=SECRETARIAAT)
    group.permissions.remove(Permission.objects.get(codename="change_recipient"))
    by_hand = Permission.objects.get(codename="add_application")
    group.permissions.add(by_hand)

    call_command("migrate", verbosity=0)

    has = what_the_group_has()["model"]
    assert ("submissions", "submission", "change_recipient") in has
    assert key(by_hand) in has


def test_a_database_without_the_group_or_its_permissions_gets_them_all():
    before = what_the_group_has()
    Group.objects.filter(name=SECRETARIAAT).delete()
    Permission.objects.filter(codename__in=["change_recipient", "access_admin", "add_footertext"]).delete()

    sync_roles()

    assert what_the_group_has() == before
    assert Permission.objects.get(codename="add_footertext").name == "Can add voettekst"


def test_no_page_tree_yet_gives_no_page_permissions():
    GroupPagePermission.objects.all().delete()
    GroupCollectionPermission.objects.all().delete()
    Page.objects.filter(depth=1).update(depth=99)  # as if the tree had no root yet
    Collection.objects.filter(depth=1).update(depth=99)

    sync_roles()

    has = what_the_group_has()
    assert has["model"] == listed(MODEL_PERMISSIONS)
    assert (has["page"], has["collection"]) == (set(), set())
