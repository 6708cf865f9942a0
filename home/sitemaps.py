from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class PageSitemap(Sitemap):
    """Every live, public page of the site in every language, with hreflang links between translations.

    Wagtail's own sitemap only walks the default language's tree; the other languages
    have their own home page beside it (a translation of the site's root page).
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_site = reduce(or_, (Q(path__startswith=path) for path in roots.values_list("path", flat=True)))
        return Page.objects.filter(in_site).live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        full_urls = {item.pk: item.get_full_url(self.request) for item in pages}
        alternates = self._alternates(pages, full_urls)
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                if url_info["location"] == full_urls[item.pk]:
                    url_info.setdefault("alternates", alternates.get(item.translation_key, []))
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, pages, full_urls):
        """hreflang links for each set of translations (including the page itself), plus x-default.

        Translations are looked up among the pages of this sitemap page; a site stays far
        below the 50,000 URLs that would split the sitemap.
        """
        language_codes = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for item in pages:
            groups[item.translation_key].append(item)
        alternates = {}
        for key, translations in groups.items():
            if len(translations) < 2:
                continue
            links = [
                {"lang_code": language_codes[item.locale_id], "location": full_urls[item.pk]} for item in translations
            ]
            default = next((link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None)
            if default is not None:
                links.append({"lang_code": "x-default", "location": default["location"]})
            alternates[key] = links
        return alternates
