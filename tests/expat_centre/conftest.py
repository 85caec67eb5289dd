import pytest

from expat_centre.factories import (
    ArrivalChecklistPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
)
from tests.conftest import publish

EXPAT = "expat.localhost"


@pytest.fixture
def checklist_page(expat_home):
    return publish(
        ArrivalChecklistPageFactory(
            parent=expat_home, title_en="Arrival checklist", slug_en="arrival-checklist"
        )
    )


@pytest.fixture
def services(expat_home):
    index = publish(ServiceIndexPageFactory(parent=expat_home, slug_en="services"))
    return {
        kind: publish(ServicePageFactory(parent=index, kind=kind, title_en=title, slug_en=kind))
        for kind, title in [
            ("registration", "Registration and BSN"),
            ("residence_permit", "Residence permits"),
            ("digid", "DigiD"),
            ("driving_licence", "Driving licence exchange"),
            ("thirty_percent_ruling", "30% ruling"),
            ("family", "Family members"),
        ]
    }


@pytest.fixture
def guides(expat_home):
    index = publish(GuideIndexPageFactory(parent=expat_home, slug_en="guides"))
    return {
        topic: publish(GuidePageFactory(parent=index, topic=topic, title_en=title, slug_en=topic))
        for topic, title in [("healthcare", "Healthcare"), ("banking", "Banking")]
    }
