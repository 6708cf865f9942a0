"""What the privacy statement's blocks read from the running site, so its text and the site's behaviour agree."""

from django import template

from submissions.kinds import retention_months
from submissions.spam import recaptcha_enabled as spam_check_uses_recaptcha
from vacancies.retention import retention_settings

register = template.Library()


@register.simple_tag
def retention_periods():
    """The periods `manage.py purge_submissions` applies (see contact/kinds.py and vacancies/retention.py)."""
    vacancy_settings = retention_settings()
    return {
        "messages_months": retention_months(),
        "applications_weeks": vacancy_settings.retention_weeks,
        "applications_months_with_consent": vacancy_settings.retention_months_with_consent,
    }


@register.simple_tag
def recaptcha_enabled():
    return spam_check_uses_recaptcha()
