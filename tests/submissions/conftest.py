# The pipeline is tested through the contact form: its page and a valid message.
from tests.contact.conftest import contact_page, valid_data  # noqa: F401
