from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_move_footer_texts_from_site_settings"),
    ]

    operations = [
        migrations.RemoveField(model_name="sitesettings", name="footer_links"),
        migrations.RemoveField(model_name="sitesettings", name="organisation_name"),
        migrations.RemoveField(model_name="sitesettings", name="postal_address"),
    ]
