import datetime

import pytest

from django.utils import timezone

from discoveries.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PlaceIndexPageFactory,
)
from leiden_site.factories import ThemeFactory
from tests.conftest import publish


@pytest.fixture
def agenda(brand_home):
    return publish(
        EventIndexPageFactory(parent=brand_home, title_en="What's on", slug_en="whats-on")
    )


@pytest.fixture
def places_index(brand_home):
    return publish(PlaceIndexPageFactory(parent=brand_home))


@pytest.fixture
def history(db):
    return ThemeFactory(name_nl="Geschiedenis", name_en="History", slug="history")


def in_days(days, hour=20):
    """A local time `days` from today, at `hour`."""
    local = timezone.localtime() + datetime.timedelta(days=days)
    return local.replace(hour=hour, minute=0, second=0, microsecond=0)


def make_event(agenda, days, hours=2, **fields):
    start = in_days(days)
    return publish(
        EventPageFactory(
            parent=agenda, occurrences=[(start, start + datetime.timedelta(hours=hours))], **fields
        )
    )
