import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories.home import ContentPageFactory
from tests.html import fragments, soup, texts

from .conftest import translate
from .helpers import paragraph_body, result_titles

pytestmark = pytest.mark.django_db


def test_search_finds_a_page_by_a_word_in_its_body(client, home):
    ContentPageFactory(parent=home, title="Wijkbudget", body=paragraph_body("Wij praten over het wijkbudget."))
    ContentPageFactory(parent=home, title="Klachten", body=paragraph_body("Hoe u een klacht indient."))

    response = client.get("/zoeken/", {"q": "wijkbudget"})

    assert response.status_code == 200
    assert result_titles(response) == ["Wijkbudget"]
    assert "1 resultaat voor “wijkbudget”" in response.content.decode()


def test_result_shows_link_section_and_snippet(client, home):
    section = ContentPageFactory(
        parent=home, title="Jouw mening telt", slug="jouw-mening-telt", body=paragraph_body("Over mantelzorg.")
    )
    ContentPageFactory(
        parent=section,
        title="Wat wij doen",
        slug="wat-wij-doen",
        intro="De raad geeft advies over zorg en welzijn.",
        body=paragraph_body("Wij bespreken de mantelzorg."),
    )

    html = client.get("/zoeken/", {"q": "mantelzorg"}).content.decode()

    results = fragments(html, "li.search-result")
    child = next(result for result in results if "Wat wij doen" in result)
    top = next(result for result in results if "/jouw-mening-telt/" in result and "Wat wij doen" not in result)
    assert '<a href="/jouw-mening-telt/wat-wij-doen/">Wat wij doen</a>' in child
    assert "Onderdeel: Jouw mening telt" in child
    assert '<p class="search-result__snippet">De raad geeft advies over zorg en welzijn.</p>' in child
    assert "Onderdeel" not in top  # a section page is not "in" itself


def test_snippet_falls_back_to_the_start_of_the_body_text(client, home):
    long_text = " ".join(["Het buurthuis is open."] + ["Iedereen is welkom."] * 20)
    ContentPageFactory(parent=home, title="Buurthuis", intro="", search_description="", body=paragraph_body(long_text))

    html = client.get("/zoeken/", {"q": "buurthuis"}).content.decode()

    [snippet] = texts(html, "p.search-result__snippet")
    assert snippet.startswith("Over dit onderwerp Het buurthuis is open.")
    assert snippet.endswith("…")
    assert len(snippet.split()) == 31  # 30 words and the ellipsis


def test_search_description_is_preferred_over_the_intro(client, home):
    ContentPageFactory(
        parent=home,
        title="Spreekuur",
        intro="Inleiding op de pagina.",
        search_description="Elke dinsdag spreekuur in de wijk.",
        body=paragraph_body("Het spreekuur is gratis."),
    )

    html = client.get("/zoeken/", {"q": "spreekuur"}).content.decode()

    assert "Elke dinsdag spreekuur in de wijk." in html
    assert "Inleiding op de pagina." not in html


def test_search_respects_the_language(client, home, english):
    dutch = ContentPageFactory(
        parent=home, title="Bewonersavond", slug="bewonersavond", body=paragraph_body("Kom naar de bewonersavond.")
    )
    translate(home, english)
    translate(dutch, english, title="Residents' evening", body=paragraph_body("Join us at the bewonersavond."))

    dutch_html = client.get("/zoeken/", {"q": "bewonersavond"}).content.decode()
    english_response = client.get("/en/search/", {"q": "bewonersavond"})
    english_html = english_response.content.decode()

    assert 'href="/bewonersavond/"' in dutch_html and "/en/bewonersavond/" not in dutch_html
    assert english_response.status_code == 200
    assert '<html lang="en">' in english_html
    assert 'href="/en/bewonersavond/"' in english_html and 'href="/bewonersavond/"' not in english_html


def test_search_leaves_out_drafts_unpublished_and_private_pages(client, home):
    ContentPageFactory(parent=home, title="Zichtbaar", body=paragraph_body("Over de kerstmarkt."))
    ContentPageFactory(parent=home, title="Concept", live=False, body=paragraph_body("Over de kerstmarkt."))
    withdrawn = ContentPageFactory(parent=home, title="Ingetrokken", body=paragraph_body("Over de kerstmarkt."))
    withdrawn.unpublish()
    private = ContentPageFactory(parent=home, title="Besloten", body=paragraph_body("Over de kerstmarkt."))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    under_private = ContentPageFactory(parent=private, title="Binnen besloten", body=paragraph_body("De kerstmarkt."))
    under_private.save_revision().publish()

    response = client.get("/zoeken/", {"q": "kerstmarkt"})

    assert result_titles(response) == ["Zichtbaar"]


def test_text_of_an_unpublished_draft_revision_is_not_found(client, home):
    page = ContentPageFactory(parent=home, title="Activiteiten", body=paragraph_body("De wandeling in mei."))
    page.body = paragraph_body("De fietstocht in juni.")
    page.save_revision()

    assert result_titles(client.get("/zoeken/", {"q": "fietstocht"})) == []
    assert result_titles(client.get("/zoeken/", {"q": "wandeling"})) == ["Activiteiten"]


def test_index_follows_publish_and_unpublish(client, home):
    """Wagtail's signal handlers update the index (through the task queue; immediate in tests)."""
    page = ContentPageFactory(parent=home, title="Nieuwsbrief", body=paragraph_body("De nieuwsbrief van maart."))
    assert result_titles(client.get("/zoeken/", {"q": "maart"})) == ["Nieuwsbrief"]

    page.body = paragraph_body("De nieuwsbrief van april.")
    page.save_revision().publish()
    assert result_titles(client.get("/zoeken/", {"q": "april"})) == ["Nieuwsbrief"]
    assert result_titles(client.get("/zoeken/", {"q": "maart"})) == []

    page.unpublish()
    assert result_titles(client.get("/zoeken/", {"q": "april"})) == []

    page.save_revision().publish()
    assert result_titles(client.get("/zoeken/", {"q": "april"})) == ["Nieuwsbrief"]

    page.delete()
    assert result_titles(client.get("/zoeken/", {"q": "april"})) == []


def test_dutch_word_forms_on_postgresql_and_whole_words_on_sqlite(client, home, database_has_dutch_stemming):
    ContentPageFactory(parent=home, title="Agenda", body=paragraph_body("De vergadering begint om acht uur."))

    assert result_titles(client.get("/zoeken/", {"q": "vergadering"})) == ["Agenda"]
    inflected = result_titles(client.get("/zoeken/", {"q": "vergaderingen"}))
    if database_has_dutch_stemming:
        # The Dutch configuration reduces both forms to one stem.
        assert inflected == ["Agenda"]
    else:
        # SQLite's FTS5 has no Dutch stemmer: only the word as written is found.
        assert inflected == []


def test_every_word_must_match(client, home):
    ContentPageFactory(parent=home, title="Zorg", body=paragraph_body("Zorg in de wijk Selwerd."))
    ContentPageFactory(parent=home, title="Welzijn", body=paragraph_body("Welzijn in de wijk Paddepoel."))

    assert result_titles(client.get("/zoeken/", {"q": "wijk Selwerd"})) == ["Zorg"]
    assert sorted(result_titles(client.get("/zoeken/", {"q": "wijk"}))) == ["Welzijn", "Zorg"]


def test_empty_search_explains_how_to_search(client, home):
    for params in ({}, {"q": ""}, {"q": "   "}, {"q": "?!*"}):
        response = client.get("/zoeken/", params)

        html = response.content.decode()
        assert response.status_code == 200
        assert "Zo zoek je op deze website" in html
        assert "resultaten voor" not in html
        assert "<title>Zoeken - WIJ-raad</title>" in html


def test_no_results_page_gives_tips_and_a_way_to_get_help(client, home):
    response = client.get("/zoeken/", {"q": "onbekendwoord"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Geen resultaten voor “onbekendwoord”" in html
    assert "Kijk of het woord goed geschreven is." in html
    assert 'href="mailto:secretariaat@wijraad.example.org"' in html
    assert '<a class="arrow-link" href="/">' in html


def test_results_come_ten_per_page_with_links_to_other_pages(client, home):
    for number in range(12):
        ContentPageFactory(parent=home, title=f"Verslag {number:02}", body=paragraph_body("Verslag van de avond."))

    first = client.get("/zoeken/", {"q": "verslag"})
    second = client.get("/zoeken/", {"q": "verslag", "page": "2"})

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    first_html, second_html = first.content.decode(), second.content.decode()
    assert "12 resultaten voor “verslag”" in first_html
    assert "Pagina 1 van 2" in first_html
    assert 'href="?q=verslag&amp;page=2" rel="next"' in first_html
    assert '<ol class="search-results" start="11">' in second_html
    assert 'href="?q=verslag&amp;page=1" rel="prev"' in second_html
    assert "(pagina 2) - WIJ-raad</title>" in second_html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "verslag", "page": "abc"},
        {"q": "verslag", "page": "-1"},
        {"q": "verslag", "page": "0"},
        {"q": "verslag", "page": "99999999999999999999"},
        {"q": "verslag", "page": ""},
        {"q": '"verslag'},
        {"q": "verslag'"},
        {"q": "verslag*"},
        {"q": "verslag & | ! :* ( ) -"},
        {"q": "\x00verslag"},
        {"q": "verslag " * 500},
    ],
)
def test_bad_page_numbers_and_search_syntax_still_find_the_page(client, home, params):
    ContentPageFactory(parent=home, title="Verslag", body=paragraph_body("Verslag van de avond."))

    response = client.get("/zoeken/", params)

    assert response.status_code == 200
    assert result_titles(response) == ["Verslag"]


@pytest.mark.parametrize("query", ["(verslag OR", "AND NOT NEAR(verslag", "title:verslag", "ëïéè 🙂", "%27%22<x>"])
def test_operator_words_are_plain_words_and_never_give_a_server_error(client, home, query):
    ContentPageFactory(parent=home, title="Verslag", body=paragraph_body("Verslag van de avond."))

    response = client.get("/zoeken/", {"q": query})

    assert response.status_code == 200
    assert "Geen resultaten voor" in response.content.decode()


def test_control_characters_are_dropped_from_the_query_shown(client, home):
    html = client.get("/zoeken/", {"q": "\x00wijk\x1bbudget\n"}).content.decode()

    assert 'name="q" value="wijk budget"' in html
    assert "\x00" not in html and "\x1b" not in html


def test_typed_query_is_shown_escaped(client, home):
    html = client.get("/zoeken/", {"q": '<script>alert("x")</script>'}).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_search_results_are_kept_out_of_search_engines(client, home):
    response = client.get("/zoeken/", {"q": "verslag"})

    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


def test_only_get_and_head_are_allowed(client, home):
    assert client.post("/zoeken/", {"q": "verslag"}).status_code == 405
    assert client.head("/zoeken/?q=verslag").status_code == 200


def test_header_has_a_labelled_search_form_that_works_without_javascript(client, home, english_home):
    dutch_html = client.get("/").content.decode()
    english_html = client.get("/en/").content.decode()

    assert '<form class="search-form search-form--header" action="/zoeken/" method="get" role="search">' in dutch_html
    assert '<label class="search-form__label" for="header-search">Zoeken op deze website</label>' in dutch_html
    assert '<input class="search-form__input" id="header-search" type="search" name="q"' in dutch_html
    assert '<button class="search-form__button" type="submit">' in dutch_html
    assert 'action="/en/search/"' in english_html


def test_english_search_has_an_english_address_and_the_old_one_redirects(client, home, english_home):
    assert client.get("/en/search/", {"q": "raad"}).status_code == 200

    old = client.get("/en/zoeken/", {"q": "raad"})

    assert old.status_code == 301
    assert old["Location"] == "/en/search/?q=raad"
    assert client.get("/zoeken/").status_code == 200
    assert client.get("/search/").status_code == 404


def test_search_page_shows_one_search_box_with_the_query_and_a_breadcrumb(client, home):
    response = client.get("/zoeken/", {"q": "wijk budget"})
    html = response.content.decode()

    assert html.count('name="q" value="wijk budget"') == 1
    assert html.count('id="search-page-query"') == 1 and 'id="header-search"' not in html
    assert soup(response).select_one('[role="search"] input')["id"] == "search-page-query"
    crumbs = soup(response).select(".breadcrumbs li")
    assert [crumb.get_text(strip=True) for crumb in crumbs] == ["Home", "Zoeken"]
    assert crumbs[0].a["href"] == "/"


def _queries_for_search(client, query):
    with CaptureQueriesContext(connection) as context:
        response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    return len(context.captured_queries), len(result_titles(response))


# Every public page costs at most 10 queries in a warm process: the count and the matches; the fields of each
# page type, the section titles, the menu, footer and settings come from the page cache once read.
SEARCH_QUERY_BUDGET = 10


def test_search_query_count_does_not_grow_with_the_number_of_results(client, home, django_assert_max_num_queries):
    section = ContentPageFactory(parent=home, title="Onderwerpen")
    client.get("/zoeken/", {"q": "wonen"})  # first request of the process fills caches (site, settings)
    for number in range(2):
        ContentPageFactory(parent=section, title=f"Thema {number}", body=paragraph_body("Thema wonen."))
    few_queries, few_results = _queries_for_search(client, "wonen")

    for number in range(2, 14):
        ContentPageFactory(parent=section, title=f"Thema {number}", body=paragraph_body("Thema wonen."))
    many_queries, many_results = _queries_for_search(client, "wonen")

    assert (few_results, many_results) == (2, 10)
    assert many_queries == few_queries
    with django_assert_max_num_queries(SEARCH_QUERY_BUDGET):
        client.get("/zoeken/", {"q": "wonen", "page": "2"})
