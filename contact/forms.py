"""The contact page's form: the shared protection and fields (submissions.forms) with a subject and a message."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from submissions.forms import ProtectedFormMixin, email_field, name_field, phone_field


class ContactForm(ProtectedFormMixin, forms.Form):
    name = name_field()
    email = email_field(help_text=_("Hierop krijg je antwoord. Bijvoorbeeld: naam@voorbeeld.nl"))
    phone = phone_field(required=False, help_text=_("Niet verplicht. Vul dit in als je liever gebeld wordt."))
    subject = forms.ChoiceField(
        label=_("Onderwerp"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een onderwerp."), "invalid_choice": _("Kies een onderwerp uit de lijst.")},
    )
    message = forms.CharField(
        label=_("Je bericht"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Schrijf je bericht."),
            "max_length": _("Je bericht is te lang. Gebruik %(limit_value)d tekens of minder (nu %(show_value)d)."),
        },
    )
    consent = forms.BooleanField(
        label=_("Ik geef de WIJ-raad toestemming om mijn gegevens te gebruiken om mijn bericht te beantwoorden."),
        error_messages={"required": _("Zet een vinkje om toestemming te geven. Anders kunnen we je niet antwoorden.")},
    )

    recaptcha_action = "contact"

    def __init__(self, *args, subjects, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        if subjects:
            self.fields["subject"].choices = [(subject, subject) for subject in subjects]
        else:
            del self.fields["subject"]
        if privacy_url:
            self.fields["consent"].help_text = format_html(
                gettext('Lees in de <a href="{url}">privacyverklaring</a> hoe we met je gegevens omgaan.'),
                url=privacy_url,
            )
