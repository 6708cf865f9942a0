"""The Secretariaat role in one place: the group of the council secretary and what it may do.

The secretary runs the site (pages, images, documents, redirects, translations, settings, footer texts, news
categories, council members) and handles what residents send (submissions, their mails, applications).

`sync_roles` runs after every `manage.py migrate` (home/apps.py): it makes the group when it is missing and grants
each permission listed here that it lacks. It takes nothing away, so a permission an administrator added by hand
stays. A new permission for the role is a line here, not a data migration.

The data migrations that built the role before this module (contact 0002 and 0011, vacancies 0003 and 0004, news
0002, home 0007) still run on a new database; together they grant exactly this list.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

SECRETARIAAT = "Secretariaat"

# "app_label.model": codenames.
MODEL_PERMISSIONS = {
    "wagtailadmin.admin": ["access_admin"],
    "wagtail_localize.translation": ["submit_translation"],
    "wagtailredirects.redirect": ["add_redirect", "change_redirect", "delete_redirect"],
    "home.sitesettings": ["change_sitesettings"],
    "home.footertext": ["add_footertext", "change_footertext"],
    "news.newscategory": ["add_newscategory", "change_newscategory", "delete_newscategory"],
    "vacancies.councilmember": ["add_councilmember", "change_councilmember", "delete_councilmember"],
    "vacancies.application": ["view_application", "change_application", "delete_application"],
    "vacancies.vacancysettings": ["change_vacancysettings"],
    "submissions.submission": ["view_submission", "change_submission", "delete_submission", "change_recipient"],
    "submissions.outgoingmail": ["view_outgoingmail"],
    "submissions.contactsettings": ["change_contactsettings"],
}
# Given on the root of the page tree and of the collections: every language's pages and every folder.
PAGE_PERMISSIONS = {"wagtailcore.page": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]}
COLLECTION_PERMISSIONS = {
    "wagtailimages.image": ["add_image", "change_image", "delete_image", "choose_image"],
    "wagtaildocs.document": ["add_document", "change_document", "delete_document", "choose_document"],
}


def sync_roles(using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """Give the Secretariaat group what this module lists. A post_migrate receiver: `apps` is the migrated state."""
    try:
        Group = apps.get_model("auth", "Group")
        Page = apps.get_model("wagtailcore", "Page")
        Collection = apps.get_model("wagtailcore", "Collection")
        GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    except LookupError:
        return  # migrated only part of the way: the last migrate syncs
    group, _created = Group.objects.using(using).get_or_create(name=SECRETARIAAT)
    group.permissions.add(*permissions(MODEL_PERMISSIONS, using, apps))
    root_page = Page.objects.using(using).filter(depth=1).first()
    if root_page is not None:
        for permission in permissions(PAGE_PERMISSIONS, using, apps):
            GroupPagePermission.objects.using(using).get_or_create(group=group, page=root_page, permission=permission)
    root_collection = Collection.objects.using(using).filter(depth=1).first()
    if root_collection is not None:
        for permission in permissions(COLLECTION_PERMISSIONS, using, apps):
            GroupCollectionPermission.objects.using(using).get_or_create(
                group=group, collection=root_collection, permission=permission
            )


def permissions(wanted, using=DEFAULT_DB_ALIAS, apps=global_apps):
    """The Permission rows of `wanted`, made first when missing (Django makes them only after all apps migrated).
    A model the database does not have yet gets none."""
    found = _existing(wanted, using, apps)
    if len(found) < sum(len(codenames) for codenames in wanted.values()):
        for app_label in {label.split(".")[0] for label in wanted}:
            create_permissions(global_apps.get_app_config(app_label), verbosity=0, using=using, apps=apps)
        found = _existing(wanted, using, apps)
    return list(found.values())


def _existing(wanted, using, apps):
    Permission = apps.get_model("auth", "Permission")
    keys = {(*label.split("."), codename) for label, codenames in wanted.items() for codename in codenames}
    rows = Permission.objects.using(using).filter(
        content_type__app_label__in={app_label for app_label, _model, _codename in keys},
        codename__in={codename for _app_label, _model, codename in keys},
    )
    return {
        key: row
        for row in rows.select_related("content_type")
        if (key := (row.content_type.app_label, row.content_type.model, row.codename)) in keys
    }
