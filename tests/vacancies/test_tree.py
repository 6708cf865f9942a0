import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from tests.factories.home import ContentPageFactory
from tests.factories.vacancies import ProfilePageFactory, VacancyIndexPageFactory
from vacancies.models import CouncilPage, ProfilePage, VacancyIndexPage, VacancyPage


class TestVacancyTreeRules(WagtailPageTestCase):
    def test_vacancy_index_only_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, VacancyIndexPage)
        self.assertCanNotCreateAt(ContentPage, VacancyIndexPage)
        self.assertCanNotCreateAt(VacancyIndexPage, VacancyIndexPage)

    def test_vacancies_only_under_the_vacancy_index(self):
        self.assertCanCreateAt(VacancyIndexPage, VacancyPage)
        self.assertCanNotCreateAt(HomePage, VacancyPage)
        self.assertCanNotCreateAt(ContentPage, VacancyPage)
        self.assertAllowedSubpageTypes(VacancyIndexPage, {VacancyPage})

    def test_profile_only_under_a_content_page(self):
        self.assertCanCreateAt(ContentPage, ProfilePage)
        self.assertCanNotCreateAt(HomePage, ProfilePage)
        self.assertCanNotCreateAt(VacancyIndexPage, ProfilePage)

    def test_council_page_under_home_or_a_content_page(self):
        self.assertCanCreateAt(ContentPage, CouncilPage)
        self.assertCanCreateAt(HomePage, CouncilPage)
        self.assertCanNotCreateAt(VacancyIndexPage, CouncilPage)

    def test_leaf_pages_have_no_children(self):
        for leaf in (VacancyPage, ProfilePage, CouncilPage):
            self.assertAllowedSubpageTypes(leaf, set())


@pytest.mark.django_db
def test_only_one_vacancy_index_and_one_profile_per_parent(home):
    section = ContentPageFactory(parent=home, slug="jouw-mening-telt")
    assert VacancyIndexPage.can_create_at(home)
    assert ProfilePage.can_create_at(section)

    VacancyIndexPageFactory(parent=home)
    ProfilePageFactory(parent=section)

    assert not VacancyIndexPage.can_create_at(home)
    assert not ProfilePage.can_create_at(section)
