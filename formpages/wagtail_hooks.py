from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from submissions.dashboard import name_on_dashboard

from .admin_views import DeleteSignupsView, FormPageSubmissionsListView, may_see_submissions
from .dashboard import MeetingsPanel
from .models import FormPage

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


@hooks.register("construct_homepage_panels")
def add_meetings_panel(request, panels):
    if may_see_submissions(request.user):
        panels.append(MeetingsPanel())
