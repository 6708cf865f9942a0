"""Applying for a vacancy (through the shared submission pipeline), the applicant's private status page with
withdrawal, and the CV download for staff."""

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

from contact import pipeline
from contact.mails import enqueue
from contact.pipeline import Attachment, Mail
from home.models import SiteSettings
from home.privacy import privacy_url

from . import uploads
from .forms import ApplicationForm
from .models import Application, ApplicationStatus, ApplicationStatusChange, VacancySettings
from .permissions import application_permission_policy
from .procedure import STATUS_EXPLANATIONS, STEP_TITLES, applicant_steps, next_steps
from .retention import KIND, deletion_date

# After withdrawing, the status page says so: ?ingetrokken=1, in English ?withdrawn=1 (the Dutch one always works).
WITHDRAWN_PARAMETER = pgettext_lazy("URL", "ingetrokken")

# The vacancy page ----------------------------------------------------------------------------------------------


def vacancy_page(page, request):
    """GET shows the vacancy with its form; POST sends an application; after it, the thank-you page."""
    reference = pipeline.received_reference(request)
    if reference:
        return render_page(page, request, "vacancies/vacancy_page_thanks.html", reference=reference)
    if not page.is_open:
        # A form sent after the closing date (an old tab, a bookmark) is refused and nothing is stored.
        refused = request.method == "POST"
        return render_page(page, request, status=410 if refused else 200, application_refused=refused)

    vacancy_settings = VacancySettings.for_request(request)
    form_kwargs = {
        "request": request,
        "privacy_url": privacy_url(request),
        "retention_weeks": vacancy_settings.retention_weeks,
        "retention_months": vacancy_settings.retention_months_with_consent,
    }
    if request.method != "POST":
        return render_page(page, request, form=ApplicationForm(**form_kwargs))

    def render(form, status):
        return render_page(page, request, form=form, status=status)

    def save(form):
        return save_application(page, request, form, vacancy_settings)

    form = ApplicationForm(request.POST, request.FILES, **form_kwargs)
    return pipeline.process(request, form, render=render, save=save, thanks_url=page.get_url(request))


def render_page(page, request, template=None, status=200, **extra_context):
    context = page.get_context(request)
    context.update(extra_context)
    return TemplateResponse(request, template or page.get_template(request), context, status=status)


def save_application(page, request, form, vacancy_settings):
    """Store the file, then the Submission, Application and mails in one transaction (see contact.pipeline)."""
    upload = form.cleaned_data.get("cv")
    stored_name = uploads.save_upload(upload, form.file_type) if upload else ""
    try:
        submission = pipeline.store(
            form,
            kind=KIND,
            page=page,
            sender_name=form.cleaned_data["name"],
            sender_email=form.cleaned_data["email"],
            subject=page.title,
            data=pipeline.form_data(form, exclude=["cv"]),
            extra=lambda submission: create_application(submission, page, form, stored_name),
            mails=lambda submission, application: application_mails(
                submission, application, page, request, upload, vacancy_settings
            ),
        )
    except BaseException:
        if stored_name:
            uploads.private_storage.delete(stored_name)
        raise
    if stored_name and submission.application.cv.name != stored_name:
        # The same form was sent twice: the first one's file is the one kept.
        uploads.private_storage.delete(stored_name)
    return submission


def create_application(submission, page, form, stored_name):
    data = form.cleaned_data
    application = Application.objects.create(
        submission=submission,
        vacancy=page,
        vacancy_title=page.title[:255],
        phone=data["phone"],
        neighbourhood=data.get("neighbourhood", ""),
        relation=data["relation"],
        motivation=data["motivation"],
        cv=stored_name,
        cv_filename=uploads.display_name(data["cv"].name, form.file_type.extension) if stored_name else "",
        cv_mimetype=form.file_type.mimetype if stored_name else "",
        cv_scan=form.cv_scan if stored_name else "",
        keep_for_future=data.get("keep_for_future", False),
    )
    ApplicationStatusChange.objects.create(
        application=application, status=ApplicationStatus.RECEIVED, date=application.status_date
    )
    return application


def application_mails(submission, application, page, request, upload, vacancy_settings):
    site_settings = SiteSettings.for_request(request)
    secretary = site_settings.secretary_email
    attachments = []
    if upload and vacancy_settings.attach_cv_to_mail and application.cv_downloadable:
        upload.seek(0)
        attachments.append(Attachment(application.cv_filename, upload.read(), application.cv_mimetype))
    context = {
        "application": application,
        "vacancy_title": page.title,
        "organisation_name": site_settings.organisation_name,
    }
    return [
        Mail(
            to=[secretary],
            reply_to=[submission.sender_email],
            template="mail/vacancies/application_to_secretary",
            context={
                **context,
                "page_url": page.get_full_url(request),
                "cv_url": application.cv_download_url() if application.cv_downloadable else "",
                "cv_pending": application.has_cv and not application.cv_downloadable,
                "cv_attached": bool(attachments),
                "admin_url": application.admin_url(),
            },
            attachments=attachments,
            for_staff=True,
        ),
        Mail(
            to=[submission.sender_email],
            reply_to=[secretary],
            template="mail/vacancies/confirmation",
            language=submission.language,
            to_sender=True,
            context={
                **context,
                "status_url": public_url(page, request, application.status_path()),
                "steps": next_steps(page.get_index_page()),
                "retention_weeks": vacancy_settings.retention_weeks,
                "retention_months": vacancy_settings.retention_months_with_consent,
            },
        ),
    ]


def public_url(page, request, path):
    """A full address on the site the page belongs to."""
    parts = page.get_url_parts(request)
    root_url = parts[1] if parts else ""
    return f"{root_url.rstrip('/')}{path}"


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
