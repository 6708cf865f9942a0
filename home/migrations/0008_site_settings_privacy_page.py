import django.db.models.deletion
from django.db import migrations, models


def choose_existing_statement(apps, schema_editor):
    """Sites that already have a page /privacy/ keep their form links: that page becomes the chosen one."""
    SiteSettings = apps.get_model("home", "SiteSettings")
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        statement = Page.objects.filter(
            slug="privacy", depth=root.depth + 1, path__startswith=root.path, locale_id=root.locale_id
        ).first()
        if statement is None:
            continue
        settings, _created = SiteSettings.objects.get_or_create(site=site)
        if settings.privacy_page_id is None:
            settings.privacy_page = statement
            settings.save(update_fields=["privacy_page"])


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0007_secretariaat_footer_text_permissions'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.AddField(
            model_name='sitesettings',
            name='privacy_page',
            field=models.ForeignKey(blank=True, help_text='Elk formulier linkt naar deze pagina, in de taal van het formulier. Zonder pagina staat er geen link.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page', verbose_name='privacyverklaring'),
        ),
        migrations.RunPython(choose_existing_statement, migrations.RunPython.noop),
    ]
