"""The short mail an applicant gets when the secretary moves the application to another step.

It goes through the outbox in the same transaction as the step itself, in the language the applicant applied in,
with the step's name from vacancies.procedure and the link to the applicant's status page. The secretary's note
is never in it.
"""

from django.conf import settings
from django.utils import translation

from home.models import SiteSettings, organisation_name
from submissions.mails import Mail, enqueue

from .procedure import PROCEDURE_STEPS, STATUS_EXPLANATIONS, step_title


def status_url(application):
    return f"{settings.SITE_URL.rstrip('/')}{application.status_path()}"


def step_change_mail(application, request):
    site_settings = SiteSettings.for_request(request)
    status = application.status
    with translation.override(application.language):
        name = organisation_name()
    return Mail(
        to=[application.email],
        reply_to=[site_settings.secretary_email],
        template="mail/vacancies/step_changed",
        language=application.language,
        context={
            "application": application,
            "step_title": step_title(status),
            "step_number": application.step_number(),
            "step_count": len(PROCEDURE_STEPS),
            "explanation": STATUS_EXPLANATIONS[status],
            "status_url": status_url(application),
            "organisation_name": name,
        },
    )


def tell_applicant(application, request):
    """Queue the mail about the application's current step (call it inside the transaction that changed it)."""
    return enqueue([step_change_mail(application, request)], submission=application.submission)
