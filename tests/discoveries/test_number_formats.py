"""Numbers visitors read are grouped the way their language writes them."""

import pytest

from tests.discoveries.test_meetings_and_newsletter import add_venue

pytestmark = pytest.mark.usefixtures("sites")


@pytest.fixture
def great_hall(brand_home):
    from discoveries.models import VenueIndexPage
    from tests.conftest import publish

    index = VenueIndexPage(title="Vergaderen", slug="vergaderen", thank_you_text="<p>Dank</p>")
    brand_home.add_child(instance=index)
    publish(index)
    return add_venue(index, "Stadsgehoorzaal", [("Grote zaal", {"theatre": 1500, "area_m2": 1200})])


@pytest.mark.parametrize(
    ("language", "capacity", "area"),
    [("nl", "1.500", "1.200"), ("en", "1,500", "1,200"), ("de", "1.500", "1.200")],
)
def test_capacities_are_grouped_per_language(client, great_hall, language, capacity, area):
    for path in ("vergaderen/", "vergaderen/stadsgehoorzaal/"):
        html = client.get(f"/{language}/{path}", HTTP_HOST="localhost").text
        assert f" {capacity} " in html, path
    assert f">{area}</td>" in html
