"""The contact page: its form through the shared pipeline, and the thank-you view."""

from home.models import SiteSettings
from wijraad.page_cache import per_generation

from . import pipeline
from .forms import ContactForm
from .pipeline import Mail

KIND = "contact"


def recipient(page, request):
    return page.recipient or SiteSettings.for_request(request).secretary_email


@per_generation
def privacy_url(page, request):
    """The privacy statement in the page's language (it sits beside the contact page), if there is one."""
    privacy = page.get_parent().get_children().live().filter(slug="privacy").first()
    return privacy.get_url(request) if privacy else ""


def organisation_data(request):
    site_settings = SiteSettings.for_request(request)
    data = {"@type": "Organization", "name": site_settings.organisation_name, "email": site_settings.secretary_email}
    if site_settings.phone:
        data["telephone"] = site_settings.phone
    return data


def contact_page(page, request):
    reference = pipeline.received_reference(request)
    if reference:
        return page.render_page(request, "contact/contact_page_thanks.html", reference=reference)

    form_kwargs = {
        "request": request,
        "subjects": page.subject_choices(),
        "privacy_url": privacy_url(page, request),
    }
    if request.method != "POST":
        return _render(page, request, ContactForm(**form_kwargs))

    def render(form, status):
        return _render(page, request, form, status)

    def save(form):
        return _save(page, request, form)

    form = ContactForm(request.POST, **form_kwargs)
    return pipeline.process(request, form, render=render, save=save, thanks_url=page.get_url(request))


def _render(page, request, form, status=200):
    response = page.render_page(request, form=form)
    response.status_code = status
    return response


def _save(page, request, form):
    data = form.cleaned_data
    subject = data.get("subject", "")
    site_settings = SiteSettings.for_request(request)

    def mails(submission, _extra):
        context = {
            "page_title": page.title,
            "page_url": page.get_full_url(request),
            "organisation_name": site_settings.organisation_name,
            "name": data["name"],
            "email": data["email"],
            "phone": data.get("phone", ""),
            "subject": subject,
            "message": data["message"],
            "thank_you_text": page.thank_you_text,
        }
        return [
            Mail(
                to=[recipient(page, request)],
                reply_to=[data["email"]],
                template="mail/contact/message_to_secretary",
                context=context,
                for_staff=True,
            ),
            Mail(
                to=[data["email"]],
                reply_to=[recipient(page, request)],
                template="mail/contact/confirmation",
                context=context,
                language=submission.language,
                to_sender=True,
            ),
        ]

    return pipeline.store(
        form,
        kind=KIND,
        page=page,
        sender_name=data["name"],
        sender_email=data["email"],
        subject=subject,
        mails=mails,
    )
