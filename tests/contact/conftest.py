import pytest

from tests.factories.contact import ContactPageFactory

MESSAGE = "Ik wil graag weten wanneer de volgende vergadering is."


@pytest.fixture
def contact_page(home):
    return ContactPageFactory(parent=home)


@pytest.fixture
def valid_data():
    return {
        "name": "Anna Bakker",
        "email": "anna.bakker@example.org",
        "phone": "050 765 43 21",
        "subject": "Vraag over de WIJ-raad",
        "message": MESSAGE,
    }
