from django.urls import path
from wagtail import hooks

from .admin_views import FormsViewSetGroup, MailHealthPanel, MailPermissionPolicy
from .form_page_admin import DeleteSignupsView, may_see_submissions
from .models import OutgoingMail
from .recipients import LOG_ACTION, RecipientChangeFormatter


@hooks.register("register_admin_viewset")
def register_forms_admin():
    return FormsViewSetGroup()


@hooks.register("filter_form_submissions_for_user")
def signups_only_for_whoever_may_see_submissions(user, form_pages):
    """Wagtail shows a form page's sign-ups (list, export, delete) to everyone who may edit the page. Sign-ups are
    personal data: only whoever may see submissions (the Secretariaat group, superusers) gets them."""
    return form_pages if may_see_submissions(user) else form_pages.none()


@hooks.register("register_admin_urls")
def guard_signup_deletion():
    # The same path as wagtail.contrib.forms' own delete view; contact comes first in INSTALLED_APPS, so its hooks
    # register first and this view answers. It asks for the permission to delete submissions as well.
    return [path("forms/submissions/<int:page_id>/delete/", DeleteSignupsView.as_view())]


@hooks.register("register_log_actions")
def register_recipient_change(actions):
    actions.register_action(LOG_ACTION)(RecipientChangeFormatter)


@hooks.register("construct_homepage_panels")
def add_mail_health_panel(request, panels):
    if MailPermissionPolicy(OutgoingMail).user_has_permission(request.user, "view"):
        panels.append(MailHealthPanel())
