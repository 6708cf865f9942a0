"""The admin's login form with a translated label for the password: Wagtail's own form leaves the field without a
label, so Django shows the field name, "Password", in every language (WAGTAILADMIN_USER_LOGIN_FORM)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Wachtwoord")
