"""Copy the footer texts from the (untranslatable) site settings into the Dutch FooterText."""

import json
import uuid

from django.conf import settings
from django.db import migrations


def default_site_settings(apps):
    SiteSettings = apps.get_model("home.SiteSettings")
    return SiteSettings.objects.filter(site__is_default_site=True).first() or SiteSettings.objects.first()


def copy_to_footer_text(apps, schema_editor):
    FooterText = apps.get_model("home.FooterText")
    Locale = apps.get_model("wagtailcore.Locale")
    site_settings = default_site_settings(apps)
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if site_settings is None or locale is None or FooterText.objects.filter(locale=locale).exists():
        return
    FooterText.objects.create(
        translation_key=uuid.uuid4(),
        locale=locale,
        organisation_name=site_settings.organisation_name,
        postal_address=site_settings.postal_address,
        links=json.dumps(list(site_settings.footer_links.raw_data)),
    )


def copy_to_site_settings(apps, schema_editor):
    FooterText = apps.get_model("home.FooterText")
    site_settings = default_site_settings(apps)
    footer = FooterText.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if site_settings is None or footer is None:
        return
    site_settings.organisation_name = footer.organisation_name
    site_settings.postal_address = footer.postal_address
    site_settings.footer_links = json.dumps(list(footer.links.raw_data))
    site_settings.save()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_add_footer_text_snippet"),
    ]

    operations = [migrations.RunPython(copy_to_footer_text, copy_to_site_settings)]
