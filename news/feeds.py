"""RSS 2.0 and Atom feeds of a news index, served by NewsIndexPage's routes."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.models import organisation_name
from home.site_address import absolute

FEED_SIZE = 20


class NewsRssFeed(Feed):
    """One instance per request (see NewsIndexPage.rss_feed), so keeping the request here is safe."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return f"{index.title} - {organisation_name(self.request)}"

    def link(self, index):
        return absolute(index.get_url(self.request))

    def feed_url(self, index):
        return absolute(self.request.path)

    def description(self, index):
        return index.intro or _("Nieuws en agenda van de WIJ-raad.")

    def items(self, index):
        return index.news_items()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return absolute(item.get_url(self.request))

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.category.name] if item.category else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
