"""The editor's form of a form page: it cannot be published while the site has no privacy statement to link.

Every form page links the privacy statement chosen in the site settings (home/privacy.py) by itself. Saving a draft
is always possible; publishing, or asking a moderator to publish, needs a live privacy statement.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.models import Page

from home.models import SiteSettings

NO_PRIVACY_PAGE = _(
    "Dit formulier kan nog niet online: de website heeft geen privacyverklaring. Kies eerst de pagina met de "
    "privacyverklaring: Instellingen, Instellingen website, Privacyverklaring. Elk formulier linkt daar vanzelf naar."
)


def has_privacy_page(site):
    chosen_id = SiteSettings.for_site(site).privacy_page_id if site else None
    return bool(chosen_id) and Page.objects.live().filter(pk=chosen_id).exists()


class FormPageAdminForm(WagtailAdminFormPageForm):
    def clean(self):
        cleaned_data = super().clean()
        publishing = not self.is_deferred_validation  # a draft is saved with deferred validation
        if publishing and not has_privacy_page(self.parent_page.get_site()):
            self.add_error(None, NO_PRIVACY_PAGE)
        return cleaned_data
