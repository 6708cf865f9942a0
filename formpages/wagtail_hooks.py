from django.contrib import messages
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from submissions.dashboard import name_on_dashboard

from .admin_views import DeleteSignupsView, FormPageSubmissionsListView, may_see_submissions
from .dashboard import MeetingsPanel
from .models import FormPage
from .sensitive import sensitive_questions

name_on_dashboard(FormPage.submission_kind, _("Aanmeldingen bijeenkomsten"), order=30)

# Wagtail asks the page for its sign-ups list view; it is named here, so the model module imports no admin module.
FormPage.submissions_list_view_class = FormPageSubmissionsListView


@hooks.register("filter_form_submissions_for_user")
def signups_only_for_whoever_may_see_submissions(user, form_pages):
    """Wagtail shows a form page's sign-ups (list, export, delete) to everyone who may edit the page. Sign-ups are
    personal data: only whoever may see submissions (the Secretariaat group, superusers) gets them."""
    return form_pages if may_see_submissions(user) else form_pages.none()


@hooks.register("register_admin_urls")
def guard_signup_deletion():
    # The same path as wagtail.contrib.forms' own delete view; formpages comes before it in INSTALLED_APPS, so its
    # hooks register first and this view answers. It asks for the permission to delete submissions as well.
    return [path("forms/submissions/<int:page_id>/delete/", DeleteSignupsView.as_view())]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_sensitive_questions(request, page):
    """After saving a form page that asks for health or for what someone needs to take part: say that again."""
    if not isinstance(page, FormPage):
        return
    if labels := sensitive_questions(page.form_fields.all()):
        questions = ", ".join(f"“{label}”" for label in labels)
        warning = gettext(
            "Let op: %(questions)s gaat over gezondheid of over wat iemand nodig heeft om mee te doen. Vraag dit "
            "alleen als het nodig is."
        ) % {"questions": questions}
        if page.event():
            kept = gettext("De website verwijdert de aanmeldingen de dag na de bijeenkomst.")
        else:
            kept = gettext(
                "Er is geen nieuwsbericht over een bijeenkomst dat naar dit formulier linkt. Verwijder de aanmeldingen "
                "dus zelf na de bijeenkomst."
            )
        messages.warning(request, f"{warning} {kept}")


@hooks.register("insert_editor_js")
def form_builder_script():
    """Shows a question's options only for the answer types they apply to (formpages/static/formpages/)."""
    return format_html('<script src="{}" defer></script>', static("formpages/form_builder.js"))


@hooks.register("construct_homepage_panels")
def add_meetings_panel(request, panels):
    if may_see_submissions(request.user):
        panels.append(MeetingsPanel())
