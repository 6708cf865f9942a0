"""Links to pages inside rich text, in the reader's language, with one query per text.

Wagtail's own handler costs two queries for the pages and one more per link to find its version in the active
language (`Page.localized`). A text that points to the profile and the contact page would cost six; this one
fetches the linked pages and their versions in the active language together.
"""

from django.db.models import Q
from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = {str(attrs.get("id")) for attrs in attrs_list}
        language = get_supported_content_language_variant(get_language())
        linked = Page.objects.filter(pk__in=[pk for pk in ids if pk.isdigit()])
        candidates = (
            Page.objects.filter(translation_key__in=linked.values("translation_key"))
            .filter(Q(pk__in=linked.values("pk")) | Q(live=True, locale__language_code=language))
            .select_related("locale")
            .only("id", "path", "depth", "url_path", "live", "translation_key", "locale__language_code")
        )
        pages, in_language = {}, {}
        for page in candidates:
            if str(page.pk) in ids:
                pages[str(page.pk)] = page
            if page.live and page.locale.language_code == language:
                in_language[page.translation_key] = page
        links = []
        for attrs in attrs_list:
            page = pages.get(str(attrs.get("id")))
            if page is None:
                links.append("<a>")
                continue
            target = in_language.get(page.translation_key, page)
            links.append(f'<a href="{escape(target.url)}">')
        return links
