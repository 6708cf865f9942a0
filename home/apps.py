from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Website")

    def ready(self):
        # Imported here: they connect signals to models and register admin displays, which need the app registry.
        from wijraad import admin_values, front_cache, page_cache

        from . import roles, site_address

        post_migrate.connect(site_address.sync_after_migrate, sender=self)
        post_migrate.connect(roles.sync_roles, sender=self)
        front_cache.connect()
        page_cache.connect()
        admin_values.register()
