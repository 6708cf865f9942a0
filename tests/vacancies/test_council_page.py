import datetime

import pytest
import wagtail_factories

from tests.factories.vacancies import CouncilMemberFactory, CouncilPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def test_council_page_lists_members_in_office_with_role_and_introduction(client, section, frozen_today):
    page = CouncilPageFactory(parent=section)
    CouncilMemberFactory(name="Bea Bos", role="lid", introduction="Ik woon in Beijum.", term_start=frozen_today - DAY)
    CouncilMemberFactory(name="Ad Akker", role="voorzitter", term_start=frozen_today - DAY)
    CouncilMemberFactory(name="Oud Lid", term_start=frozen_today - 900 * DAY, term_end=frozen_today - DAY)
    CouncilMemberFactory(name="Nieuw Lid", term_start=frozen_today + DAY)

    html = soup(client.get(page.url))

    members = html.select(".members > li")
    assert [m.h2.get_text(strip=True) for m in members] == ["Ad Akker", "Bea Bos"]
    assert [m.select_one(".member__role").get_text(strip=True) for m in members] == ["Voorzitter", "Lid"]
    assert "Ik woon in Beijum." in members[1].get_text()
    assert "Er zijn nog 11 plaatsen vrij in de WIJ-raad." in html.select_one(".seats").get_text(" ", strip=True)


def test_member_photo_has_the_name_as_alt_text(client, section, frozen_today):
    page = CouncilPageFactory(parent=section)
    CouncilMemberFactory(name="Bea Bos", photo=wagtail_factories.ImageFactory(), term_start=frozen_today - DAY)

    html = soup(client.get(page.url))

    assert html.select_one(".member img")["alt"] == "Bea Bos"


def test_council_page_without_members_says_so(client, section):
    page = CouncilPageFactory(parent=section)

    assert "Er staan nog geen leden op deze pagina." in client.get(page.url).content.decode()


def test_section_page_links_to_the_council_page(client, section):
    CouncilPageFactory(parent=section, title="Wie zitten er in de WIJ-raad?", slug="leden")

    assert 'href="/jouw-mening-telt/leden/"' in client.get(section.url).content.decode()
