import pytest

from tests.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db


def menu_html(response):
    html = response.content.decode()
    start = html.index('<nav class="main-nav"')
    return html[start : html.index("</nav>", start)]


def test_menu_lists_live_pages_marked_show_in_menus(client, home):
    ContentPageFactory(parent=home, title="In het menu", slug="in-menu", show_in_menus=True)
    ContentPageFactory(parent=home, title="Niet in het menu", slug="niet-in-menu", show_in_menus=False)
    draft = ContentPageFactory(parent=home, title="Concept", slug="concept", show_in_menus=True)
    draft.unpublish()

    menu = menu_html(client.get("/"))

    assert 'href="/in-menu/"' in menu
    assert "Niet in het menu" not in menu
    assert "Concept" not in menu


def test_menu_marks_current_page_and_section(client, home):
    section = ContentPageFactory(parent=home, title="Sectie", slug="sectie", show_in_menus=True)
    child = ContentPageFactory(parent=section, title="Kind", slug="kind")

    assert 'href="/sectie/" aria-current="page"' in menu_html(client.get(section.url))
    assert 'href="/sectie/" aria-current="true"' in menu_html(client.get(child.url))


def test_breadcrumbs_show_the_path_to_the_page(client, home):
    section = ContentPageFactory(parent=home, title="Sectie", slug="sectie")
    child = ContentPageFactory(parent=section, title="Kind", slug="kind")

    html = client.get(child.url).content.decode()
    crumbs = html[html.index('aria-label="Kruimelpad"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]

    assert '<a href="/">Home</a>' in crumbs
    assert '<a href="/sectie/">Sectie</a>' in crumbs
    assert '<span aria-current="page">Kind</span>' in crumbs


def test_home_page_has_no_breadcrumbs(client, home):
    assert 'aria-label="Kruimelpad"' not in client.get("/").content.decode()


@pytest.mark.parametrize("siblings", [5, 50])
def test_content_page_query_budget_does_not_grow_with_the_menu(client, home, siblings, django_assert_max_num_queries):
    page = ContentPageFactory(parent=home, title="Jouw mening telt", slug="jouw-mening-telt", show_in_menus=True)
    for number in range(siblings):
        ContentPageFactory(parent=home, title=f"Pagina {number}", slug=f"pagina-{number}", show_in_menus=True)

    client.get(page.url)  # warm up: site settings row and site root paths are created once per site

    with django_assert_max_num_queries(10):
        response = client.get(page.url)

    assert response.status_code == 200
    assert response.content.decode().count("<li><a href=") >= siblings


def test_section_page_links_to_its_live_subpages(client, home):
    section = ContentPageFactory(parent=home, title="Sectie", slug="sectie")
    ContentPageFactory(parent=section, title="Profielschets", slug="profielschets")
    hidden = ContentPageFactory(parent=section, title="Nog niet klaar", slug="concept")
    hidden.unpublish()

    html = client.get(section.url).content.decode()

    assert 'href="/sectie/profielschets/">Profielschets</a>' in html
    assert "Nog niet klaar" not in html
