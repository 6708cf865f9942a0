"""The shared form protection (`ProtectedFormMixin`) and the fields every form asks the same way."""

import hashlib
import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, validate_email
from django.forms.utils import ErrorDict
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_recaptcha.widgets import ReCaptchaV3

from wijraad.page_cache import remember

from . import spam
from .addresses import can_be_encoded
from .models import Submission

TOKEN_FIELD = "form_token"  # noqa: S105 (a field name)
HONEYPOT_FIELD = "website"
RECAPTCHA_FIELD = "captcha"
SPAM_FIELDS = (TOKEN_FIELD, HONEYPOT_FIELD, RECAPTCHA_FIELD)

SPAM_REFUSED = _(
    "Het formulier is niet verstuurd. Controleer je gegevens en klik nog een keer op de knop om te versturen."
)
TOO_FAST = _(
    "Je hebt het formulier heel snel verstuurd. Controleer je gegevens en klik nog een keer op de knop om te versturen."
)
TOO_OLD = _(
    "Het formulier stond te lang open. Wat je hebt ingevuld, staat er nog. Controleer het en verstuur het opnieuw."
)
TOKEN_USED = _(
    "Dit formulier is al een keer verstuurd. Wil je nog iets sturen? Controleer wat je hebt ingevuld en klik nog "
    "een keer op de knop om te versturen."
)
BOT_REFUSED = _(
    "We konden niet vaststellen dat dit formulier door een mens is verstuurd. Probeer het over een paar minuten "
    "nog een keer. Lukt het dan niet? Mail of bel ons dan."
)


class HoneypotInput(forms.TextInput):
    """Hidden by the stylesheet; people never see it, simple bots fill it in. Never echoes a value back."""

    def format_value(self, value):
        return None


class RecaptchaV3Input(ReCaptchaV3):
    """django-recaptcha's v3 widget without its inline script (our CSP forbids inline scripts).

    Widgets render through the form renderer, which reads app template folders: hence submissions/templates/.
    """

    template_name = "submissions/widgets/recaptcha_v3.html"


class ProtectedFormMixin:
    """Adds the shared spam protection to any Django form. Put it before the form base class.

    Pass `request=` when creating the form. After `is_valid()`, `flag_reason` says whether the submission must be
    checked by hand ("[controleren]"), and `dedupe_key` identifies this one filled-in form.
    """

    recaptcha_action = "submit"

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.flag_reason = ""
        self.fields[TOKEN_FIELD] = forms.CharField(
            widget=forms.HiddenInput, required=False, initial=spam.new_form_token
        )
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Laat dit veld leeg"),
            required=False,
            widget=HoneypotInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        if spam.recaptcha_enabled():
            widget = RecaptchaV3Input(action=self.recaptcha_action)
            widget.attrs["data-sitekey"] = settings.RECAPTCHA_PUBLIC_KEY
            self.fields[RECAPTCHA_FIELD] = forms.CharField(required=False, widget=widget)
            # Google's script and frames are allowed on this response only.
            request.csp_extra = [*getattr(request, "csp_extra", []), settings.CSP_RECAPTCHA]

    # Rendering helpers used by templates/submissions/includes/form.html.
    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def recaptcha(self):
        return self[RECAPTCHA_FIELD] if RECAPTCHA_FIELD in self.fields else None

    def visible_form_fields(self):
        return [field for field in self.visible_fields() if field.name not in SPAM_FIELDS]

    @property
    def links_privacy_statement(self):
        """A question (the consent) links the privacy statement already: the form then links it only there."""
        return any(isinstance(field.help_text, PrivacyHelpText) for field in self.fields.values())

    # Set by the page (ProtectedFormPageMixin.form_fields_key): a key under which this form, while empty, shows the
    # same questions to every reader in one generation of the content. None: rendered on every view.
    fields_cache_key = None

    def visible_fields_html(self):
        """The questions, rendered. An empty form's are rendered once per generation and language, which saves
        most of the work of showing a form; the token, honeypot and CSRF fields stay fresh on every view."""
        if self.is_bound or self.fields_cache_key is None or getattr(self.request, "is_preview", False):
            return self._render_visible_fields()
        key = ("form-fields", *self.fields_cache_key, get_language())
        return remember(self.request, key, self._render_visible_fields)

    def _render_visible_fields(self):
        return render_to_string("submissions/includes/fields.html", {"form": self})

    @property
    def token(self):
        return spam.read_form_token(self.data.get(self.add_prefix(TOKEN_FIELD)) if self.is_bound else None)

    @property
    def dedupe_key(self):
        """The same filled-in form sent twice (double click, back and resend) gives the same key."""
        token = self.token
        if token is None:
            return None
        ignored = {self.add_prefix(RECAPTCHA_FIELD), "csrfmiddlewaretoken", "g-recaptcha-response"}
        parts = [token.nonce]
        for key in sorted(self.data):
            if key not in ignored:
                parts.append(f"{key}={self.data.getlist(key) if hasattr(self.data, 'getlist') else self.data[key]}")
        for key in sorted(self.files):
            upload = self.files[key]
            parts.append(f"{key}:{upload.name}:{upload.size}")
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def clean(self):
        cleaned_data = super().clean()
        if self.cleaned_data.get(HONEYPOT_FIELD):
            self._renew_token()
            raise ValidationError(SPAM_REFUSED, code="honeypot")
        token = self.token
        if token is None:
            self._renew_token()
            raise ValidationError(SPAM_REFUSED, code="token")
        if token.age < settings.FORMS_MIN_FILL_SECONDS:
            raise ValidationError(TOO_FAST, code="too_fast")
        if token.age > settings.FORMS_TOKEN_MAX_AGE:
            self._renew_token()
            raise ValidationError(TOO_OLD, code="too_old")
        if Submission.objects.filter(form_nonce=token.nonce).exists():
            # The same filled-in form sent again never gets here (see ProtectedFormPageMixin.process_form); this is new content on a
            # form that was already sent. A fresh token lets a person send it on purpose with one more click.
            self._renew_token()
            raise ValidationError(TOKEN_USED, code="token_used")
        if RECAPTCHA_FIELD in self.fields and not self._errors:
            verdict = spam.recaptcha_verdict(
                self.cleaned_data.get(RECAPTCHA_FIELD), spam.client_ip(self.request), self.recaptcha_action
            )
            if verdict.is_bot:
                raise ValidationError(BOT_REFUSED, code="bot")
            self.flag_reason = verdict.flag
        return cleaned_data

    def _renew_token(self):
        # A person whose form was refused can simply send it again: give the re-shown form a valid token.
        self.data = self.data.copy()
        self.data[self.add_prefix(TOKEN_FIELD)] = spam.new_form_token()

    def refuse(self, message):
        """Show the form again with only `message` at the top (rate limit, full event, server error)."""
        self._errors = ErrorDict()
        self._errors[forms.forms.NON_FIELD_ERRORS] = self.error_class([message], error_class="nonfield")
        self.cleaned_data = {}


PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{6,20}$")
NO_LINE_BREAKS_RE = re.compile(r"^[^\r\n]*$")
PHONE_EXAMPLE = _("Vul een telefoonnummer in zoals 050 123 45 67.")
PHONE_MAX_LENGTH = 20
EMAIL_TOO_LONG = _("Dit e-mailadres is te lang (%(limit_value)d tekens of minder).")


UNDELIVERABLE = _(
    "Naar dit e-mailadres kunnen we geen e-mail sturen: er staat een teken in dat niet in een e-mailadres hoort, "
    "bijvoorbeeld een spatie, een onzichtbaar teken of een letter met een accent vóór de @. Typ het adres opnieuw."
)


def validate_deliverable(value):
    try:
        validate_email(value)
    except ValidationError:
        return  # the field's own "invalid" message says it already
    if not can_be_encoded(value):
        raise ValidationError(UNDELIVERABLE, code="undeliverable")


def column_length(model, name):
    """The limit of the database column a form field is stored in: the form takes exactly this many characters."""
    return model._meta.get_field(name).max_length


# The contact details every form of the site asks for, with the same labels, checks and messages.


def name_field():
    return forms.CharField(
        label=_("Naam"),
        max_length=column_length(Submission, "sender_name"),
        # The name goes into mail headers: one line only.
        validators=[RegexValidator(NO_LINE_BREAKS_RE, _("Vul je naam in op één regel."), code="invalid")],
        error_messages={
            "required": _("Vul je naam in."),
            "max_length": _("Je naam is te lang (%(limit_value)d tekens of minder)."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )


# The e-mail and phone rules of every form, the form pages' questions included: the same limits, checks and messages.
# A form page passes its question's label and its own "required" message.


EMAIL_LABEL = _("E-mailadres")
EMAIL_REQUIRED = _("Vul je e-mailadres in.")
PHONE_LABEL = _("Telefoonnummer")
PHONE_REQUIRED = _("Vul je telefoonnummer in.")


def email_field(*, help_text, label=EMAIL_LABEL, required=True, required_message=EMAIL_REQUIRED):
    return forms.EmailField(
        label=label,
        required=required,
        help_text=help_text,
        max_length=column_length(Submission, "sender_email"),
        validators=[validate_deliverable],
        error_messages={
            "required": required_message,
            "invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl."),
            "max_length": EMAIL_TOO_LONG,
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


def phone_field(
    *, required, help_text, max_length=PHONE_MAX_LENGTH, label=PHONE_LABEL, required_message=PHONE_REQUIRED
):
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        validators=[RegexValidator(PHONE_RE, PHONE_EXAMPLE, code="invalid")],
        error_messages={"required": required_message, "max_length": PHONE_EXAMPLE},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )


def privacy_help_text(privacy_url):
    """The line under a consent checkbox that links to the privacy statement; "" without one."""
    if not privacy_url:
        return ""
    return PrivacyHelpText(
        format_html(
            gettext('Lees in de <a href="{url}">privacyverklaring</a> hoe we met je gegevens omgaan.'), url=privacy_url
        )
    )


class PrivacyHelpText(SafeString):
    """Help text that links the privacy statement (see ProtectedFormMixin.links_privacy_statement)."""
