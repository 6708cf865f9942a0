"""Pages with a protected form own their form flow, like Wagtail's FormMixin (wagtail.contrib.forms.models).

One submission, top to bottom::

    serve -> serve_form -> form_for(request) -> process_form -> store_submission -> redirect to the thank-you page

A page class mixes this in before its page base class and fills in the hooks:

- `form_class` or `get_form_class()`, and `get_form_kwargs(request)` (always gets `request`);
- `submission_kind` (registered with submissions.kinds.register_kind) and, required, `submission_fields(request, form)`: the
  sender's name and e-mail address, a subject, and optionally `data` (default: every field of the form) and `page`
  (default: this page);
- `submission_extra(request, form, submission)`: rows the page keeps beside the Submission, in the same transaction
  (raise pipeline.Rejected to refuse the form with a message); its result goes to `submission_mails`;
- `submission_mails(request, form, submission, extra)`: the pipeline.Mail list to queue;
- `thanks_template` and `get_thanks_context(request, reference)`; `get_form_context(request, form)`;
- `serve_closed(request)`: a response when the page takes no forms now, or None;
- `form_fields_key(request, form)`: lets the empty form's questions be rendered once per generation.

Rendering goes through the page's `render_page(request, template=None, status=200, **context)`.
"""

import logging
import secrets

from django.db import IntegrityError, transaction
from django.utils.cache import add_never_cache_headers

from . import pipeline, spam
from .safe_log import log_exception

logger = logging.getLogger(__name__)


class ProtectedFormPageMixin:
    form_class = None
    submission_kind = ""
    thanks_template = None

    def serve(self, request, *args, **kwargs):
        response = self.serve_form(request)
        add_never_cache_headers(response)
        return response

    # GET, POST and the thank-you page --------------------------------------------------------------------------

    def serve_form(self, request, preview=False):
        reference = pipeline.received_reference(request)
        if reference and not preview:
            return self.serve_thanks(request, reference)
        closed = self.serve_closed(request)
        if closed is not None:
            return closed
        form = self.form_for(request, bound=request.method == "POST" and not preview)
        if not form.is_bound:
            return self.render_form(request, form)
        return self.process_form(request, form)

    def process_form(self, request, form):
        """The POST of the form: refused, shown again with its errors, or stored and redirected to the thanks."""
        limited = spam.hit_rate_limit(request)
        if getattr(request, "csrf_failed", False):
            # Django's CSRF check refused this POST (home.views.csrf_failure): store nothing, keep the input.
            form.refuse(pipeline.CSRF_FAILED)
            return self.render_form_again(request, form, status=403)
        existing = pipeline.already_stored(form)
        if existing is not None:
            return self.redirect_to_thanks(request, existing)
        if limited:
            seconds = pipeline.refuse_rate_limited(form)
            response = self.render_form_again(request, form, status=429)
            response["Retry-After"] = str(seconds)
            return response
        if not form.is_valid():
            return self.render_form_again(request, form, status=200)
        try:
            submission = self.store_submission(request, form)
        except pipeline.Rejected as exc:
            form.refuse(exc.message)
            return self.render_form_again(request, form, status=200)
        except Exception as exc:
            log_exception(logger, "Storing a %s form failed", type(form).__name__, exc=exc)
            form.refuse(pipeline.SERVER_ERROR)
            return self.render_form_again(request, form, status=500)
        return self.redirect_to_thanks(request, submission)

    def store_submission(self, request, form):
        """The Submission, what the page keeps beside it and its mails, in one transaction. The same filled-in form
        sent twice is stored once: the second time returns the first one's Submission."""
        fields = {"page": self, **self.submission_fields(request, form)}
        dedupe_key = form.dedupe_key or secrets.token_hex(32)
        for _attempt in range(5):
            reference = pipeline.new_reference()
            try:
                with transaction.atomic():
                    submission = pipeline.create_submission(
                        form, reference, dedupe_key, kind=self.submission_kind, **fields
                    )
                    extra = self.submission_extra(request, form, submission)
                    pipeline.queue_mails(self.submission_mails(request, form, submission, extra), submission)
                return submission
            except IntegrityError as exc:
                existing = pipeline.stored_earlier(form, dedupe_key, reference, exc)
                if existing is not None:
                    return existing
        raise RuntimeError("No free reference number found")

    def redirect_to_thanks(self, request, submission):
        return pipeline.redirect_to_thanks(self.get_url(request), submission)

    def serve_thanks(self, request, reference):
        return self.render_page(request, self.thanks_template, **self.get_thanks_context(request, reference))

    # Hooks -------------------------------------------------------------------------------------------------------

    def serve_closed(self, request):
        return None

    def get_form_class(self):
        return self.form_class

    def get_form_kwargs(self, request):
        return {"request": request}

    def form_for(self, request, bound):
        form_class = self.get_form_class()
        kwargs = self.get_form_kwargs(request)
        if bound:
            return form_class(request.POST, request.FILES, **kwargs)
        form = form_class(**kwargs)
        form.fields_cache_key = self.form_fields_key(request, form)
        return form

    def form_fields_key(self, request, form):
        """What the empty form's questions depend on besides the content (which a new generation covers) and the
        language, as a tuple; None when they must be rendered on every view."""
        return None

    def get_form_context(self, request, form):
        return {}

    def render_form(self, request, form, status=200):
        return self.render_page(request, status=status, form=form, **self.get_form_context(request, form))

    def render_form_again(self, request, form, status):
        """The form shown again after a POST (errors, a refusal)."""
        return self.render_form(request, form, status=status)

    def submission_extra(self, request, form, submission):
        return None

    def submission_mails(self, request, form, submission, extra):
        return []

    def get_thanks_context(self, request, reference):
        return {"reference": reference, "confirmation": pipeline.confirmation_state(reference)}
