"""The applicant's private status page with withdrawal, and the CV download for staff. (Applying is the vacancy
page's own form: VacancyPage in vacancies/models/pages.py.)"""

from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext, pgettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from home.models import SiteSettings
from submissions.mails import enqueue
from submissions.pipeline import Mail

from .models import Application, ApplicationStatus, VacancySettings
from .permissions import application_permission_policy
from .procedure import STATUS_EXPLANATIONS, STEP_TITLES, applicant_steps
from .retention import deletion_date

# After withdrawing, the status page says so: ?ingetrokken=1, in English ?withdrawn=1 (the Dutch one always works).
WITHDRAWN_PARAMETER = pgettext_lazy("URL", "ingetrokken")

# The applicant's status page -----------------------------------------------------------------------------------


def _application_for(token):
    return get_object_or_404(Application.objects.select_related("submission"), token=token)


def _private(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
def application_status(request, token):
    application = _application_for(token)
    context = {
        "application": application,
        "steps": applicant_steps(application),
        "step_title": STEP_TITLES.get(application.status, ""),
        "explanation": STATUS_EXPLANATIONS[application.status],
        "deletion_date": deletion_date(application, VacancySettings.for_request(request)),
        "withdraw_url": application.withdraw_path(translation.get_language()),
        "just_withdrawn": "1" in (request.GET.get(str(WITHDRAWN_PARAMETER)), request.GET.get("ingetrokken"))
        and application.status == ApplicationStatus.WITHDRAWN,
    }
    return _private(TemplateResponse(request, "vacancies/application_status.html", context))


@require_http_methods(["GET", "HEAD", "POST"])
def withdraw_application(request, token):
    application = _application_for(token)
    status_url = application.status_path(translation.get_language())
    if not application.can_be_withdrawn:
        return _private(redirect(status_url))
    if request.method == "POST":
        withdraw(application, request)
        return _private(redirect(f"{status_url}?{WITHDRAWN_PARAMETER}=1"))
    context = {"application": application, "status_url": status_url}
    return _private(TemplateResponse(request, "vacancies/application_withdraw.html", context))


def withdraw(application, request):
    """Stop the procedure at the applicant's request and tell the secretary. Sending it twice changes nothing."""
    with transaction.atomic():
        application = Application.objects.select_for_update().select_related("submission").get(pk=application.pk)
        if not application.can_be_withdrawn:
            return
        with translation.override(settings.LANGUAGE_CODE):
            note = gettext("Ingetrokken door de aanmelder, via de link in de bevestiging.")
        application.change_status(ApplicationStatus.WITHDRAWN, note=note)
        site_settings = SiteSettings.for_request(request)
        enqueue(
            [
                Mail(
                    to=[site_settings.secretary_email],
                    reply_to=[application.email],
                    template="mail/vacancies/withdrawn_to_secretary",
                    context={"application": application, "admin_url": application.admin_url()},
                    for_staff=True,
                )
            ],
            submission=application.submission,
        )


# The CV for staff (mounted in the admin, behind its login) -----------------------------------------------------


@require_safe
def download_cv(request, pk):
    if not application_permission_policy.user_has_permission(request.user, "view"):
        raise PermissionDenied
    application = get_object_or_404(Application, pk=pk)
    if not application.cv_downloadable:
        raise Http404
    try:
        handle = application.cv.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    filename = application.cv_filename or f"cv{PurePath(application.cv.name).suffix}"
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=filename,
        content_type=application.cv_mimetype or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
