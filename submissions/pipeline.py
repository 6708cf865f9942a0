"""The submission pipeline every public form shares: check, store, mail, thank. Written once; reuse it unchanged.

How another app plugs in (vacancy applications, form-builder pages)
-------------------------------------------------------------------

1. The form. Mix the protection into any Django form class, before the base class::

       from submissions.forms import ProtectedFormMixin

       class ApplicationForm(ProtectedFormMixin, forms.Form): ...

   This adds a honeypot, a signed fill-time token (minimum `FORMS_MIN_FILL_SECONDS`) and, when the reCAPTCHA keys
   are set, a v3 reCAPTCHA field (it also allows Google in this response's CSP). The reCAPTCHA verdict is
   three-way: a person passes; a bot is refused with the input kept; no token (no JavaScript) or an unreachable
   service is accepted and flagged, and its staff mail gets "[controleren]" in the subject. Set
   `recaptcha_action` on the class to name the form in reCAPTCHA's statistics.

   Render it with the shared include (error summary linking to the fields, errors tied to fields with
   aria-describedby, "(verplicht)" on required fields, input kept, honeypot and reCAPTCHA included)::

       {% include "submissions/includes/form.html" with form=form submit_label=_("Versturen") %}

   Give the page title a "Fout: " prefix when `form.errors` (see templates/contact/contact_page.html).

2. The page. Mix `submissions.pages.ProtectedFormPageMixin` into the page class and fill in its hooks; the
   contact page (contact/models.py) is the shortest example::

       class ContactPage(ProtectedFormPageMixin, BasePage):
           form_class = ContactForm
           submission_kind = "contact"                       # register it, see 4.
           thanks_template = "contact/contact_page_thanks.html"

           def submission_fields(self, request, form):       # shown in the admin listing and export
               return {"sender_name": ..., "sender_email": ..., "subject": ...}

           def submission_mails(self, request, form, submission, extra):
               return [Mail(to=[...], reply_to=[submission.sender_email], template="mail/contact/message_to_secretary",
                            context={...}, for_staff=True), ...]

   On POST the mixin applies the rate limit (HTTP 429, input kept), refuses a POST that failed the CSRF check
   (403), detects a double POST, validates, stores and redirects. Storing writes, in ONE transaction: the
   `Submission` row (reference number, handling status "nieuw", language, flag, dedupe key), whatever
   `submission_extra()` stores, and the `OutgoingMail` rows of `submission_mails()` (rendered from
   `<template>.txt` / `<template>_subject.txt` under templates/mail/<app>/ in each mail's language). After the
   commit the django-tasks task sends them. Raise `Rejected(message)` inside `submission_extra` (e.g. an event is
   full) to roll everything back and show the form again with that message at the top. Any other exception shows
   a friendly error with the input kept (HTTP 500) and is logged without personal data. The same filled-in form
   sent twice is stored once.

3. The thank-you page (POST/redirect/GET). The mixin redirects to the page's URL with `?ontvangen=<signed
   reference>` (`?received=` in English); on GET, `received_reference(request)` reads it back and the page shows
   `thanks_template` (no or forged parameter: the form page as usual). A reload sends nothing.

4. The kind. In your AppConfig.ready()::

       from submissions.kinds import register_kind
       register_kind("application", label=_("Sollicitatie"), expired=applications_past_retention)

   `expired(now)` returns the Submission queryset to delete; `manage.py purge_submissions` (also run daily by the
   worker) deletes it. Without a rule a kind is kept for the period in the form settings (6 months).

Tests: `tests/factories/contact.py` has `protected_post(data)` (adds an aged fill-time token) and the
`smtp_server` fixture (tests/submissions/fixtures.py) is a real SMTP server on 127.0.0.1.
"""

import logging
import math
import secrets
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core import signing
from django.db.models.fields.files import FieldFile
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from . import spam
from .forms import SPAM_FIELDS, TOKEN_USED, ProtectedFormMixin
from .kinds import register_kind
from .mails import Attachment, Mail, enqueue
from .models import Submission

__all__ = [
    "Attachment",
    "Mail",
    "ProtectedFormMixin",
    "Rejected",
    "create_submission",
    "form_data",
    "queue_mails",
    "received_reference",
    "redirect_to_thanks",
    "register_kind",
]

logger = logging.getLogger(__name__)

# The thank-you page's parameter, in the language of the page (?ontvangen=, ?received=); the Dutch one always works.
THANKS_PARAMETER = pgettext_lazy("URL", "ontvangen")
DUTCH_THANKS_PARAMETER = "ontvangen"
THANKS_SALT = "contact.thanks"
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

SERVER_ERROR = _(
    "Er ging bij ons iets mis. Je gegevens zijn niet verstuurd, maar staan nog in het formulier. "
    "Probeer het over een paar minuten nog een keer. Lukt het dan niet? Mail of bel ons dan."
)
CSRF_FAILED = _(
    "Je formulier is nog niet verstuurd. De pagina stond te lang open, of je browser hield een cookie tegen. "
    "Wat je hebt ingevuld, staat nog in het formulier. Klik nog een keer op de knop om te versturen."
)


class Rejected(Exception):
    """Raise inside a page's `submission_extra` to refuse a valid form with a message for the visitor."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def new_reference():
    """Easy to read out on the phone: no 0/O, 1/I/L."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


def _display(field, value):
    if isinstance(value, bool):
        return gettext("Ja") if value else gettext("Nee")
    if value in (None, ""):
        return ""
    choices = dict(getattr(field, "choices", None) or [])
    if isinstance(value, list | tuple):
        return ", ".join(str(choices.get(item, item)) for item in value)
    if hasattr(value, "name") and (isinstance(value, FieldFile) or hasattr(value, "size")):
        return value.name
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(choices.get(value, value))


# Answers picked from what the form offers (yes/no, a choice, a number, a date): they cannot carry a text of the
# sender's own, so a confirmation may repeat them.
CHOSEN_FIELDS = (forms.BooleanField, forms.ChoiceField, forms.DateField, forms.IntegerField, forms.DecimalField)


def form_data(form, exclude=(), language=None, chosen_only=False):
    """The cleaned form as a list of {"name", "label", "value"} (values as text), without the spam fields.

    Labels and yes/no come in the site's language (what the secretary reads) unless `language` says otherwise
    (a resident's own confirmation). `chosen_only` leaves out every answer the sender typed.
    """
    with translation.override(language or settings.LANGUAGE_CODE):
        return [
            {"name": name, "label": str(field.label or name), "value": _display(field, form.cleaned_data.get(name))}
            for name, field in form.fields.items()
            if name not in SPAM_FIELDS and name not in exclude and (not chosen_only or isinstance(field, CHOSEN_FIELDS))
        ]


def create_submission(form, reference, dedupe_key, *, kind, page, sender_name, sender_email, subject="", data=None):
    """The Submission row of a valid protected form (inside the transaction of ProtectedFormPageMixin)."""
    token = form.token
    return Submission.objects.create(
        reference=reference,
        kind=kind,
        page=page,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        sender_name=sender_name,
        sender_email=sender_email,
        subject=subject[:255],
        data=form_data(form) if data is None else data,
        flagged=bool(form.flag_reason),
        flag_reason=form.flag_reason,
        dedupe_key=dedupe_key,
        form_nonce=token.nonce if token else None,
    )


def queue_mails(mails, submission):
    enqueue(without_spare_confirmations(mails, submission), submission=submission)


def stored_earlier(form, dedupe_key, reference, error):
    """After an IntegrityError while storing: the Submission this filled-in form already made, or None when only the
    reference number was taken (try another). Anything else is raised again."""
    existing = Submission.objects.filter(dedupe_key=dedupe_key).first()
    if existing is not None:
        return existing
    token = form.token
    if token and Submission.objects.filter(form_nonce=token.nonce).exists():
        # Two different forms sent at once with one token: the first one was stored.
        form._renew_token()
        raise Rejected(TOKEN_USED) from None
    if not Submission.objects.filter(reference=reference).exists():
        raise error
    return None


def without_spare_confirmations(mails, submission):
    """Leave out the confirmation when its address already had FORMS_CONFIRMATION_LIMIT of them in the window.

    The form is open to anyone, who may type anyone's address: this keeps the council's domain from being used to
    flood a mailbox. The submission itself is stored and the secretary's mail goes out as always.
    """
    if not settings.FORMS_CONFIRMATION_LIMIT or not submission.sender_email:
        return mails
    limit, window = settings.FORMS_CONFIRMATION_LIMIT
    earlier = (
        Submission.objects.filter(
            sender_email__iexact=submission.sender_email,
            created_at__gte=submission.created_at - timedelta(seconds=window),
        )
        .exclude(pk=submission.pk)
        .count()
    )
    if earlier < limit:
        return mails
    logger.info("Confirmation for submission %s left out: its address had %d in the window", submission.pk, earlier)
    return [mail for mail in mails if not mail.to_sender]


def confirmation_state(reference):
    """Does the sender get a confirmation? "queued", "held_back" (see without_spare_confirmations), or "" when
    there is no address to send one to."""
    submission = Submission.objects.filter(reference=reference).only("sender_email").first()
    if submission is None or not submission.sender_email:
        return ""
    address = submission.sender_email.lower()
    sent_to = (to.lower() for mail_to in submission.mails.values_list("to", flat=True) for to in mail_to)
    return "queued" if address in sent_to else "held_back"


def already_stored(form):
    key = form.dedupe_key
    return Submission.objects.filter(dedupe_key=key).first() if key else None


def redirect_to_thanks(url, submission):
    signed = signing.Signer(salt=THANKS_SALT).sign(submission.reference)
    return HttpResponseRedirect(f"{url}?{urlencode({str(THANKS_PARAMETER): signed})}")


def received_reference(request):
    """The reference number to thank for, or None when the parameter is missing or forged."""
    value = request.GET.get(str(THANKS_PARAMETER)) or request.GET.get(DUTCH_THANKS_PARAMETER)
    if not value:
        return None
    try:
        return signing.Signer(salt=THANKS_SALT).unsign(value)
    except signing.BadSignature:
        return None


def refuse_rate_limited(form):
    """Refuse a form sent too often from one address, input kept. Returns the seconds to wait (Retry-After)."""
    seconds = spam.rate_limit_seconds_left()
    minutes = math.ceil(seconds / 60)
    form.refuse(
        ngettext(
            "Vanaf jouw internetverbinding zijn in korte tijd veel formulieren verstuurd. Wacht %(minutes)d "
            "minuut en probeer het dan nog een keer. Wat je hebt ingevuld, staat nog in het formulier.",
            "Vanaf jouw internetverbinding zijn in korte tijd veel formulieren verstuurd. Wacht %(minutes)d "
            "minuten en probeer het dan nog een keer. Wat je hebt ingevuld, staat nog in het formulier.",
            minutes,
        )
        % {"minutes": minutes}
    )
    return seconds
