"""A form page's views: the form (through the shared pipeline, like the contact page), the thank-you page and the
link to cancel a sign-up."""

from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from news.calendar import event_ics
from submissions import pipeline
from submissions.mails import enqueue
from submissions.models import Submission
from submissions.pipeline import Attachment, Mail

from . import signups
from .models import FormPageSubmission

KIND = "form"


def form_page(page, request, preview=False):
    reference = pipeline.received_reference(request)
    if reference and not preview:
        return thanks(page, request, reference)

    fields = list(page.get_form_fields())
    availability = signups.availability(page, fields)
    keys = signups.choice_keys(page, fields) if availability.full_choices or request.method == "POST" else {}
    form_kwargs = {"request": request, "fields": fields, "full": signups.as_shown(availability.full_choices, keys)}
    if request.method != "POST" or preview:
        return render(page, request, page.get_form(**form_kwargs), availability)

    form = page.get_form(request.POST, **form_kwargs)
    if not availability.is_open:
        # Before opening, after closing or when full: say so, store nothing.
        return render(page, request, form, availability, status=409)

    def render_again(form, status):
        now = signups.availability(page, fields)
        # Filled up while this form was being sent: refused like any sign-up for a full form.
        return render(page, request, form, now, 409 if status == 200 and not now.is_open else status)

    def save(form):
        return store(page, request, form, fields, keys)

    return pipeline.process(request, form, render=render_again, save=save, thanks_url=page.get_url(request))


def render(page, request, form, availability, status=200):
    context = page.get_context(request)
    context.update(form=form, availability=availability, event=page.event())
    return TemplateResponse(request, page.get_template(request), context, status=status)


def store(page, request, form, fields, keys):
    answer = signups.answers(form, fields, keys)
    sender_name, sender_email = signups.sender(form, fields)
    recipients = page.recipients(request)
    event = page.event()
    limited = signups.is_limited(page, fields)

    def extra(submission):
        places_taken = signups.take_place(page, fields, answer, form, keys) if limited else None
        signup = FormPageSubmission.objects.create(page=page, submission=submission, form_data=answer)
        return signup, places_taken

    def mails(submission, extra_result):
        signup, places_taken = extra_result
        context = {
            "page_title": page.title,
            "page_url": page.get_full_url(request),
            "answers": submission.data,  # in the site's language, for the secretary
            "event": event,
            "places_taken": places_taken,
            "max_signups": page.max_signups,
            "submissions_url": page.submissions_admin_url(),
            "confirmation_text": page.confirmation_text,
            "cancel_url": page.cancel_url(signup.cancel_token, request) if event or limited else "",
        }
        to_secretary = Mail(
            to=recipients,
            reply_to=[sender_email] if sender_email else [],
            template="mail/forms/to_secretary",
            context=context,
            for_staff=True,
        )
        if not sender_email:
            return [to_secretary]
        attachments = [Attachment(f"{event.slug}.ics", event_ics(event, request), "text/calendar")] if event else []
        confirmation = Mail(
            to=[sender_email],
            reply_to=recipients[:1],
            template="mail/forms/confirmation",
            # What the resident chose (never what they typed: the address may not be theirs), with the questions and
            # yes/no as the form showed them.
            context={**context, "answers": pipeline.form_data(form, language=submission.language, chosen_only=True)},
            language=submission.language,
            attachments=attachments,
            to_sender=True,
        )
        return [to_secretary, confirmation]

    return pipeline.store(
        form,
        kind=KIND,
        page=page,
        sender_name=sender_name,
        sender_email=sender_email,
        subject=page.title,
        data=signups.answers_for_secretary(page, fields, answer),
        extra=extra,
        mails=mails,
    )


def thanks(page, request, reference):
    sender_email = Submission.objects.filter(reference=reference).values_list("sender_email", flat=True).first()
    context = page.get_context(request)
    context.update(reference=reference, confirmation_sent=bool(sender_email))
    return TemplateResponse(request, "formpages/form_page_landing.html", context)


def cancel(page, request, token):
    """GET asks "are you sure?", POST cancels and frees the place, then shows that it is done (POST/redirect/GET)."""
    signup = (
        FormPageSubmission.objects.filter(cancel_token=token, page__translation_key=page.translation_key)
        .select_related("submission")
        .first()
    )
    event = page.event()
    if signup is None:
        state, status = "unknown", 404
    elif signup.cancelled_at:
        state, status = "cancelled", 200
    elif event and event.event_start <= timezone.now():
        state, status = "too_late", 200
    elif request.method == "POST" and not getattr(request, "csrf_failed", False):
        cancel_signup(page, request, signup)
        return redirect(request.path)
    else:
        # Also after a POST that failed Django's CSRF check: ask again, with a fresh token.
        state, status = "confirm", 403 if getattr(request, "csrf_failed", False) else 200
    context = page.get_context(request)
    context.update(state=state, signup=signup, event=event)
    return TemplateResponse(request, "formpages/form_page_cancel.html", context, status=status)


def cancel_signup(page, request, signup):
    with transaction.atomic():
        cancelled = FormPageSubmission.objects.filter(pk=signup.pk, cancelled_at__isnull=True).update(
            cancelled_at=timezone.now()
        )
        if not cancelled:
            return  # sent twice: the first one did it
        submission = signup.submission
        enqueue(
            [
                Mail(
                    to=page.recipients(request),
                    reply_to=[submission.sender_email] if submission.sender_email else [],
                    template="mail/forms/cancelled",
                    context={
                        "page_title": page.title,
                        "page_url": page.get_full_url(request),
                        "submissions_url": page.submissions_admin_url(),
                    },
                    for_staff=True,
                )
            ],
            submission=submission,
        )
