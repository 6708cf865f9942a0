"""Where submissions are mailed to: who may change it, and an audit log entry for every change.

Three fields decide it: a form page's `to_address`, the contact page's `recipient` and, when those are empty, the
secretary's address in the site settings. Their panels ask for RECIPIENT_PERMISSION (the Secretariaat group and
superusers have it): anyone else who edits the page keeps the address as it is. Every change of a saved row, by
whatever route (publishing, a scheduled publish, a translation being synced), is logged as "submissions.change_recipient"
with the old and the new value; it then shows in the page's (or the settings') history and in the site history.
"""

from django.apps import apps
from django.db.models.signals import post_save, pre_save
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

RECIPIENT_PERMISSION = "submissions.change_recipient"
LOG_ACTION = "submissions.change_recipient"
# model label -> the field with the recipient; each app adds its own with watch_recipient() in its ready().
RECIPIENT_FIELDS = {}


def watch_recipient(label, field_name):
    RECIPIENT_FIELDS[label] = field_name


class RecipientChangeFormatter(LogFormatter):
    label = _("Ontvanger van formulieren gewijzigd")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        default = gettext("het adres van het secretariaat in de instellingen")
        return gettext("Formulieren gaan nu naar %(new)s (was: %(old)s).") % {
            "new": data.get("new") or default,
            "old": data.get("old") or default,
        }


def _remember_old_value(sender, instance, update_fields=None, raw=False, **kwargs):
    name = RECIPIENT_FIELDS[sender._meta.label]
    if raw or instance.pk is None or (update_fields is not None and name not in update_fields):
        instance._recipient_before = None
        return
    instance._recipient_before = sender._base_manager.filter(pk=instance.pk).values_list(name, flat=True).first()


def _log_change(sender, instance, created=False, raw=False, **kwargs):
    old = getattr(instance, "_recipient_before", None)
    if raw or created or old is None:
        return  # a new row is logged as created by Wagtail; its revision holds the address
    name = RECIPIENT_FIELDS[sender._meta.label]
    new = getattr(instance, name) or ""
    if old == new:
        return
    log(instance=instance, action=LOG_ACTION, data={"field": name, "old": old, "new": new})


def connect_signals():
    for label in RECIPIENT_FIELDS:
        model = apps.get_model(label)
        pre_save.connect(_remember_old_value, sender=model, dispatch_uid=f"recipient-before-{label}")
        post_save.connect(_log_change, sender=model, dispatch_uid=f"recipient-log-{label}")
