import pytest
from django.template.loader import render_to_string
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from tests.factories.home import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_renders_title_intro_and_section_links(client, home):
    target = ContentPageFactory(parent=home, title="Jouw mening telt")
    home.intro = "Welkom op de site."
    home.section_links = [("section", {"page": target, "title": "", "text": "Lees wat wij doen."})]
    home.save_revision().publish()

    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Welkom op de site." in html
    assert 'href="/jouw-mening-telt/"' in html
    assert "Lees wat wij doen." in html


def test_content_page_renders_every_block_type(client, home):
    page = ContentPageFactory(
        parent=home,
        title="Alle blokken",
        slug="alle-blokken",
        body=[
            ("heading", {"text": "Kop twee", "level": "h2"}),
            ("paragraph", "<p>Gewone tekst.</p>"),
            ("list", {"ordered": True, "items": ["Eerste punt", "Tweede punt"]}),
            ("quote", {"text": "Wij houden WIJ scherp.", "attribution": "Een lid"}),
            ("call_to_action", {"text": "Neem contact op", "page": home, "url": "", "style": "button"}),
            ("accordion", {"title": "Vragen", "items": [{"question": "Wat kost het?", "answer": "<p>Niets.</p>"}]}),
        ],
    )

    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Alle blokken</h1>" in html
    assert "<h2>Kop twee</h2>" in html
    assert '<ol class="content-list">' in html and "<li>Tweede punt</li>" in html
    assert "<blockquote><p>Wij houden WIJ scherp.</p></blockquote>" in html
    assert 'class="button" href="/"' in html
    assert "<summary>Wat kost het?</summary>" in html


def test_image_block_requires_alt_text():
    from home.blocks import ImageBlock

    block = ImageBlock()
    with pytest.raises(Exception) as excinfo:
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
    assert "alt_text" in str(excinfo.value.block_errors)


def test_call_to_action_needs_exactly_one_target():
    from wagtail.blocks import StructBlockValidationError

    from home.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = block.to_python({"text": "Lees meer", "page": None, "url": "", "style": "link"})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_unknown_address_gives_friendly_404(client, home):
    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html
    assert 'href="/"' in html


def test_500_page_stands_alone_without_database():
    html = render_to_string("500.html")

    assert "Er ging iets mis" in html
    assert '<html lang="nl">' in html


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_only_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_content_pages_under_home_and_other_content_pages(self):
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreateAt(ContentPage, ContentPage)
        self.assertCanNotCreateAt(Page, ContentPage)
