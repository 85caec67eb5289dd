import datetime
import types

import pytest

from django.utils import timezone

from discoveries.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PlaceIndexPageFactory,
)
from discoveries.models import EventOccurrence
from discoveries.views import feeds as feed_views
from leiden_site.factories import ThemeFactory
from tests.conftest import publish
from tests.discoveries import feeds
from tests.discoveries.feeds import make_event as make_feed_event


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


@pytest.fixture
def concert(agenda):
    return make_feed_event(
        agenda,
        [(feeds.local(2026, 7, 4, 20), feeds.local(2026, 7, 4, 22))],
        title_nl="Zomerconcert & meer",
        title_en="Summer concert & more",
        slug_nl="zomerconcert",
        summary_nl="Muziek in de Hortus.",
        summary_en="Music in the Hortus.",
        venue_name_nl="Hortus botanicus",
        venue_address="Rapenburg 73, Leiden",
    )


@pytest.fixture
def fake_agenda(monkeypatch):
    """Stands in for the agenda's filter, so the feeds are tested on their own: every
    occurrence in start order, or the given errors."""
    fake = types.SimpleNamespace(errors=[])

    def filtered_occurrences(agenda_page, request):
        return EventOccurrence.objects.order_by("start", "pk"), None, fake.errors

    monkeypatch.setattr(feed_views, "filtered_occurrences", filtered_occurrences)
    return fake
