"""The Django form of a form page, built from the secretary's questions with Wagtail's FormBuilder.

Every question gets a label, server-side validation and plain Dutch error messages that name the question (they
also appear in the error summary). Full choices are shown with "(vol)" and cannot be chosen.
"""

from decimal import Decimal

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import formats
from django.utils.html import conditional_escape, format_html
from django.utils.translation import gettext
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from submissions.forms import (
    PrivacyHelpText,
    ProtectedFormMixin,
    column_length,
    email_field,
    phone_field,
    privacy_help_text,
)
from submissions.models import Submission

from .signups import is_name_question

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%y"]


def plain_number(value):
    """1000000.0000 as "1000000", 2.5000 as "2,5" (in the active language), never as "1E+6"."""
    return formats.number_format(Decimal(format(value.normalize(), "f")))


def as_message(text):
    """A finished message Django will still %-format with its own parameters: keep its % signs as text."""
    return text.replace("%", "%%")


class FullChoicesMixin:
    """A choice widget that marks full choices: "(vol)" after the text, and disabled."""

    def __init__(self, *args, full=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.full = frozenset(full)

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value in self.full:
            option["label"] = f"{label} ({gettext('vol')})"
            option["attrs"] = {**option["attrs"], "disabled": True}
        return option


class FullSelect(FullChoicesMixin, forms.Select):
    pass


class FullRadioSelect(FullChoicesMixin, forms.RadioSelect):
    pass


class FullCheckboxes(FullChoicesMixin, forms.CheckboxSelectMultiple):
    pass


class CheckboxesField(forms.MultipleChoiceField):
    """Several choices, with an optional minimum and maximum number ("kies één of twee tafels")."""

    def __init__(self, *, min_choices=None, max_choices=None, **kwargs):
        super().__init__(**kwargs)
        self.min_choices = min_choices
        self.max_choices = max_choices

    def validate(self, value):
        super().validate(value)
        if not value:
            return
        count = len(value)
        if self.min_choices and self.min_choices == self.max_choices:
            if count != self.min_choices:
                self.refuse(gettext("%(label)s: kies er %(count)d."), self.min_choices)
        elif self.min_choices and count < self.min_choices:
            self.refuse(gettext("%(label)s: kies er minstens %(count)d."), self.min_choices)
        elif self.max_choices and count > self.max_choices:
            self.refuse(gettext("%(label)s: kies er niet meer dan %(count)d."), self.max_choices)

    def refuse(self, message, count):
        raise forms.ValidationError(message % {"label": self.label, "count": count}, code="choice_count")


def choices_hint(min_choices, max_choices):
    """The rule in words, shown when the secretary wrote no help text of her own."""
    if min_choices and min_choices == max_choices:
        return gettext("Kies er %(count)d.") % {"count": min_choices}
    if min_choices and max_choices:
        template = (
            gettext("Kies er %(min)d of %(max)d.")
            if max_choices == min_choices + 1
            else gettext("Kies er %(min)d tot en met %(max)d.")
        )
        return template % {"min": min_choices, "max": max_choices}
    if max_choices:
        return gettext("Kies er niet meer dan %(count)d.") % {"count": max_choices}
    if min_choices:
        return gettext("Kies er minstens %(count)d.") % {"count": min_choices}
    return ""


class SignupForm(ProtectedFormMixin, BaseForm):
    """Base class of every form page's form: the shared spam protection plus the check on full choices."""

    recaptcha_action = "form"

    def clean(self):
        cleaned_data = super().clean()
        for name, field in self.fields.items():
            full = getattr(field.widget, "full", ())
            value = cleaned_data.get(name)
            for choice in value if isinstance(value, list) else [value]:
                if choice in full:
                    self.add_error(
                        name,
                        gettext("%(label)s: %(choice)s is vol. Kies iets anders.")
                        % {"label": field.label, "choice": choice},
                    )
        return cleaned_data

    def mark_full(self, name, choices):
        """Show these choices as full from now on (they filled up while this form was being sent)."""
        widget = self.fields[name].widget
        widget.full = widget.full | set(choices)


class SignupFormBuilder(FormBuilder):
    """`fields` are the page's FormField rows; `full` maps a question's name to its full choices (as shown)."""

    def __init__(self, fields, *, full=None, privacy_url=""):
        super().__init__(fields)
        self.full = full or {}
        self.privacy_url = privacy_url

    def get_form_class(self):
        return type("SignupForm", (SignupForm,), self.formfields)

    def get_field_options(self, field):
        return {"label": field.label, "required": field.required, "help_text": conditional_escape(field.help_text)}

    @staticmethod
    def required(message, field):
        return {"required": message % {"label": field.label}}

    # One method per field type (FormBuilder calls create_<type>_field) ----------------------------------------

    def create_singleline_field(self, field, options):
        # The first name question becomes the sender's name: its column is the limit of every one-line answer.
        return forms.CharField(
            max_length=column_length(Submission, "sender_name"),
            widget=forms.TextInput(attrs={"autocomplete": "name"} if is_name_question(field) else {}),
            error_messages={**self.required(gettext("Vul dit in: %(label)s"), field), **self.too_long()},
            **options,
        )

    def create_multiline_field(self, field, options):
        return forms.CharField(
            max_length=5000,
            widget=forms.Textarea(attrs={"rows": 5}),
            error_messages={**self.required(gettext("Vul dit in: %(label)s"), field), **self.too_long()},
            **options,
        )

    def create_email_field(self, field, options):
        return email_field(required_message=gettext("Vul dit in: %(label)s") % {"label": field.label}, **options)

    def create_phone_field(self, field, options):
        return phone_field(required_message=gettext("Vul dit in: %(label)s") % {"label": field.label}, **options)

    def create_number_field(self, field, options):
        low, high = field.number_range()
        out_of_range = as_message(
            gettext("%(label)s: vul een getal in van %(min)s tot en met %(max)s.")
            % {"label": field.label, "min": plain_number(low), "max": plain_number(high)}
        )
        if not field.help_text and (field.min_value is not None or field.max_value is not None):
            options["help_text"] = gettext("Een getal van %(min)s tot en met %(max)s.") % {
                "min": plain_number(low),
                "max": plain_number(high),
            }
        return forms.DecimalField(
            max_digits=12,
            decimal_places=4,
            min_value=low,
            max_value=high,
            localize=True,
            widget=forms.TextInput(attrs={"inputmode": "decimal"}),
            error_messages={
                **self.required(gettext("Vul dit in: %(label)s"), field),
                "invalid": gettext("Vul een getal in, bijvoorbeeld 3 of 2,5."),
                "min_value": out_of_range,
                "max_value": out_of_range,
                "max_digits": out_of_range,
                "max_whole_digits": out_of_range,
                "max_decimal_places": gettext("Gebruik niet meer dan %(max)s cijfers achter de komma."),
            },
            **options,
        )

    def create_date_field(self, field, options):
        low, high = field.date_range()
        out_of_range = as_message(
            gettext("%(label)s: vul een datum in van %(min)s tot en met %(max)s.")
            % {"label": field.label, "min": low.strftime("%d-%m-%Y"), "max": high.strftime("%d-%m-%Y")}
        )
        if not field.help_text and (field.min_date or field.max_date):
            options["help_text"] = gettext("Een datum van %(min)s tot en met %(max)s.") % {
                "min": low.strftime("%d-%m-%Y"),
                "max": high.strftime("%d-%m-%Y"),
            }
        return forms.DateField(
            input_formats=DATE_INPUT_FORMATS,
            validators=[
                MinValueValidator(low, message=out_of_range),
                MaxValueValidator(high, message=out_of_range),
            ],
            widget=forms.DateInput(
                attrs={"type": "date", "min": low.isoformat(), "max": high.isoformat()}, format="%Y-%m-%d"
            ),
            error_messages={
                **self.required(gettext("Vul dit in: %(label)s"), field),
                "invalid": gettext("Vul een datum in zoals 31-10-2027."),
            },
            **options,
        )

    def create_dropdown_field(self, field, options):
        return forms.ChoiceField(
            choices=[("", gettext("Maak een keuze")), *self.choices(field)],
            widget=FullSelect(full=self.full.get(field.name, ())),
            error_messages={**self.required(gettext("Maak een keuze: %(label)s"), field), **self.invalid_choice(field)},
            **options,
        )

    def create_radio_field(self, field, options):
        return forms.ChoiceField(
            choices=self.choices(field),
            widget=FullRadioSelect(full=self.full.get(field.name, ())),
            error_messages={**self.required(gettext("Maak een keuze: %(label)s"), field), **self.invalid_choice(field)},
            **options,
        )

    def create_checkboxes_field(self, field, options):
        if not field.help_text:
            options["help_text"] = choices_hint(field.min_choices, field.max_choices)
        return CheckboxesField(
            choices=self.choices(field),
            min_choices=field.min_choices,
            max_choices=field.max_choices,
            widget=FullCheckboxes(full=self.full.get(field.name, ())),
            error_messages={**self.required(gettext("Maak een keuze: %(label)s"), field), **self.invalid_choice(field)},
            **options,
        )

    def create_checkbox_field(self, field, options):
        return forms.BooleanField(
            error_messages=self.required(gettext("Zet een vinkje: %(label)s"), field),
            **options,
        )

    def create_consent_field(self, field, options):
        options["required"] = True  # consent that may be left out is no consent question
        if link := privacy_help_text(self.privacy_url):
            options["help_text"] = (
                PrivacyHelpText(format_html("{} {}", options["help_text"], link)) if field.help_text else link
            )
        return forms.BooleanField(
            error_messages={
                "required": gettext(
                    "Zet een vinkje om toestemming te geven. Zonder toestemming kunnen we je formulier niet gebruiken."
                )
            },
            **options,
        )

    # Shared pieces ---------------------------------------------------------------------------------------------

    @staticmethod
    def choices(field):
        return [(choice, choice) for choice in field.choice_list()]

    @staticmethod
    def too_long():
        return {"max_length": gettext("Dit is te lang. Gebruik %(limit_value)d tekens of minder (nu %(show_value)d).")}

    @staticmethod
    def invalid_choice(field):
        # Django fills in %(value)s in this message: a "%" in the question must stay text.
        label = field.label.replace("%", "%%")
        return {"invalid_choice": gettext("%(label)s: kies een van de keuzes die er staan.") % {"label": label}}
