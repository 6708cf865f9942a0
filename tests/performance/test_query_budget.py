"""Every public page type costs at most 10 database queries in a warm process, in both languages.

A warm process has served a page before: what every page repeats (the Site, its settings, the page tree, the
menu, footer, breadcrumbs and language versions) then comes from the page cache (wijraad/page_cache.py), and a
page costs only its own content. 10 is the target of the page-speed work, not a measured figure.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

PAGE_QUERY_BUDGET = 10

PAGES = [
    "/",
    "/en/",
    "/jouw-mening-telt/",
    "/en/your-opinion-counts/",
    "/jouw-mening-telt/profielschets/",
    "/en/your-opinion-counts/member-profile/",
    "/jouw-mening-telt/wie-zitten-er-in-de-wij-raad/",
    "/en/your-opinion-counts/who-is-on-the-wij-raad/",
    "/privacy/",
    "/en/privacy/",
    "/toegankelijkheid/",
    "/en/accessibility/",
    "/nieuws/",
    "/en/news/",
    "/nieuws/?categorie=nieuws",
    "/nieuws/expertmeeting-wij-en-het-veld/",
    "/en/news/expert-meeting-wij-and-the-field/",
    "/nieuws/feed/",
    "/nieuws/open-vergadering-van-de-wij-raad/",
    "/nieuws/agenda/",
    "/en/news/agenda/",
    "/nieuws/agenda/archief/",
    "/en/news/agenda/archive/",
    "/vacatures/",
    "/en/vacancies/",
    "/vacatures/lid-van-de-wij-raad/",
    "/en/vacancies/member-of-the-wij-raad/",
    "/contact/",
    "/en/contact/",
    "/aanmelden-open-vergadering/",
    "/en/sign-up-open-meeting/",
    "/zoeken/?q=raad",
    "/en/search/?q=council",
    "/zoeken/",
    "/bestaat-niet/",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_type_costs_at_most_ten_queries_in_a_warm_process(client, demo, url):
    client.get(url)  # the process has served this page before

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert response.status_code in (200, 404)
    assert len(queries) <= PAGE_QUERY_BUDGET, "\n".join(query["sql"][:200] for query in queries.captured_queries)


def test_a_page_after_other_pages_costs_no_more_than_on_its_own(client, demo):
    """The page cache is shared by all pages: visiting others first leaves a page within its budget."""
    for url in PAGES:
        client.get(url)

    for url in ["/", "/en/news/", "/nieuws/agenda/", "/vacatures/lid-van-de-wij-raad/", "/aanmelden-open-vergadering/"]:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) <= PAGE_QUERY_BUDGET
