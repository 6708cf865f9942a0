"""The contact page's form: the shared protection and fields (submissions.forms) with a subject and a message."""

from django import forms
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
    # No consent box: answering a message is the council's task (see the privacy statement, linked by the form).

    recaptcha_action = "contact"

    def __init__(self, *args, subjects, **kwargs):
        super().__init__(*args, **kwargs)
        if subjects:
            self.fields["subject"].choices = [(subject, subject) for subject in subjects]
        else:
            del self.fields["subject"]
