"""The submission pipeline every public form shares: check, store, mail, thank. Written once; reuse it unchanged.

How another app plugs in (vacancy applications, form-builder pages)
-------------------------------------------------------------------

1. The form. Mix the protection into any Django form class, before the base class::

       from submissions.pipeline import ProtectedFormMixin

       class ApplicationForm(ProtectedFormMixin, forms.Form): ...
       form = ApplicationForm(request.POST or None, request.FILES or None, request=request)

   This adds a honeypot, a signed fill-time token (minimum `FORMS_MIN_FILL_SECONDS`) and, when the reCAPTCHA keys
   are set, a v3 reCAPTCHA field (it also allows Google in this response's CSP). The reCAPTCHA verdict is
   three-way: a person passes; a bot is refused with the input kept; no token (no JavaScript) or an unreachable
   service is accepted and flagged, and its staff mail gets "[controleren]" in the subject. Set
   `recaptcha_action` on the class to name the form in reCAPTCHA's statistics.

   Render it with the shared include (error summary linking to the fields, errors tied to fields with
   aria-describedby, "(verplicht)" on required fields, input kept, honeypot and reCAPTCHA included)::

       {% include "submissions/includes/form.html" with form=form submit_label=_("Versturen") %}

   Give the page title a "Fout: " prefix when `form.errors` (see templates/contact/contact_page.html).

2. The POST. `process()` does rate limit (HTTP 429, input kept), double-POST detection, validation and the
   redirect; you give it two callables::

       def render(form, status):        # show the page with the form again
           return TemplateResponse(request, "vacancies/vacancy_page.html", {..., "form": form}, status=status)

       def save(form):                  # store it; called only for a valid form
           return pipeline.store(
               form,
               kind="application",                      # register it, see 4.
               page=self,
               sender_name=form.cleaned_data["name"],
               sender_email=form.cleaned_data["email"],
               subject=self.title,                      # shown in the admin listing and export
               data=pipeline.form_data(form, exclude=["cv"]),   # default: every field, label and value
               extra=lambda submission: Application.objects.create(submission=submission, ...),
               mails=lambda submission, application: [
                   Mail(to=[secretary], reply_to=[submission.sender_email],
                        template="mail/vacancies/to_secretary", context={...}, for_staff=True),
                   Mail(to=[submission.sender_email], template="mail/vacancies/confirmation",
                        language=submission.language, context={"status_url": application.status_url()},
                        attachments=[Attachment("cv.pdf", data, "application/pdf")]),
               ],
           )

       return pipeline.process(request, form, render=render, save=save, thanks_url=self.get_url(request))

   `store()` writes, in ONE transaction: the `Submission` row (reference number, handling status "nieuw",
   language, flag, dedupe key), whatever `extra(submission)` stores, and the `OutgoingMail` rows that
   `mails(submission, extra_result)` describes (rendered from `<template>.txt` / `<template>_subject.txt` under
   templates/mail/<app>/ in each mail's language). After the commit the django-tasks task sends them. Raise
   `Rejected(message)` inside `extra` (e.g. an event is full) to roll everything back and show the form again
   with that message at the top. Any other exception shows a friendly error with the input kept (HTTP 500) and
   is logged without personal data. The same filled-in form sent twice is stored once.

3. The thank-you page (POST/redirect/GET). `process()` redirects to `thanks_url?ontvangen=<signed reference>`
   (`?received=` in English).
   On GET, `received_reference(request)` returns the reference number to show, or None (no or forged parameter:
   show the form page as usual). A reload sends nothing.

4. The kind. In your AppConfig.ready()::

       from submissions.pipeline import register_kind
       register_kind("application", label=_("Sollicitatie"), expired=applications_past_retention)

   `expired(now)` returns the Submission queryset to delete; `manage.py purge_submissions` (also run daily by the
   worker) deletes it. Without a rule a kind is kept for the period in the contact settings (6 months).

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
from django.db import IntegrityError, transaction
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
from .safe_log import log_exception

__all__ = [
    "Attachment",
    "Mail",
    "ProtectedFormMixin",
    "Rejected",
    "form_data",
    "process",
    "received_reference",
    "redirect_to_thanks",
    "register_kind",
    "store",
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
    """Raise inside `store(extra=...)` to refuse a valid form with a message for the visitor."""

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


def store(form, *, kind, sender_name, sender_email, mails, page=None, subject="", data=None, extra=None):
    """Store a valid protected form and queue its mails in one transaction. Returns the Submission.

    Sending the same filled-in form again returns the submission stored the first time.
    """
    dedupe_key = form.dedupe_key or secrets.token_hex(32)
    token = form.token
    for _attempt in range(5):
        reference = new_reference()
        try:
            with transaction.atomic():
                submission = Submission.objects.create(
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
                extra_result = extra(submission) if extra else None
                enqueue(without_spare_confirmations(mails(submission, extra_result), submission), submission=submission)
            return submission
        except IntegrityError:
            existing = Submission.objects.filter(dedupe_key=dedupe_key).first()
            if existing is not None:
                return existing
            if token and Submission.objects.filter(form_nonce=token.nonce).exists():
                # Two different forms sent at once with one token: the first one was stored.
                form._renew_token()
                raise Rejected(TOKEN_USED) from None
            if not Submission.objects.filter(reference=reference).exists():
                raise
    raise RuntimeError("No free reference number found")


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


def process(request, form, *, render, save, thanks_url):
    """Handle the POST of a protected form: returns the redirect to the thank-you page or the form shown again."""
    limited = spam.hit_rate_limit(request)
    if getattr(request, "csrf_failed", False):
        # Django's CSRF check refused this POST (home.views.csrf_failure): store nothing, keep the input.
        form.refuse(CSRF_FAILED)
        return render(form, status=403)
    existing = already_stored(form)
    if existing is not None:
        return redirect_to_thanks(thanks_url, existing)
    if limited:
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
        response = render(form, status=429)
        response["Retry-After"] = str(seconds)
        return response
    if not form.is_valid():
        return render(form, status=200)
    try:
        submission = save(form)
    except Rejected as exc:
        form.refuse(exc.message)
        return render(form, status=200)
    except Exception as exc:
        log_exception(logger, "Storing a %s form failed", type(form).__name__, exc=exc)
        form.refuse(SERVER_ERROR)
        return render(form, status=500)
    return redirect_to_thanks(thanks_url, submission)
