"""A visitor finds something to do this weekend, saves it to a calendar, and checks
whether a museum is open now."""

import datetime

import pytest
from icalendar import Calendar

from django.utils import timezone

from discoveries.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PlaceIndexPageFactory,
    PlacePageFactory,
    weekly_periods,
)
from discoveries.models import PlaceOpeningSchedule
from discoveries.views.agenda import preset_range
from tests.conftest import publish

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def weekend_event(sites):
    home = sites["discoveries"].root_page.specific
    agenda = publish(EventIndexPageFactory(parent=home, title_en="What's on", slug_en="whats-on"))
    places = publish(PlaceIndexPageFactory(parent=home))
    museum = PlacePageFactory(parent=places, title_nl="Lakenhal", slug_nl="lakenhal")
    # Open day and night, holidays too, so "open now" does not depend on the clock.
    PlaceOpeningSchedule.objects.create(
        page=museum,
        periods=weekly_periods(range(7), datetime.time(0), datetime.time(0)),
        on_holidays="regular",
    )
    publish(museum)
    saturday, _sunday = preset_range("weekend", timezone.localdate())
    start = timezone.make_aware(datetime.datetime.combine(saturday, datetime.time(20)))
    event = EventPageFactory(
        parent=agenda,
        title_nl="Jazz in de Lakenhal",
        slug_nl="jazz",
        venue=museum,
        occurrences=[(start, start + datetime.timedelta(hours=2))],
    )
    return publish(event)


def test_weekend_event_to_calendar_and_open_now(page, live_sites, weekend_event, tmp_path):
    base = live_sites["discoveries"]
    page.goto(f"{base}/nl/")
    page.goto(f"{base}/nl/agenda/")
    page.get_by_role("link", name="Dit weekend").first.click()
    page.wait_for_url("**/nl/agenda/?when=weekend")
    page.get_by_role("link", name="Jazz in de Lakenhal").first.click()
    page.wait_for_url("**/nl/agenda/jazz/")
    with page.expect_download() as download_info:
        page.locator("a[href$='event.ics']").first.click()
    path = tmp_path / "jazz.ics"
    download_info.value.save_as(path)
    events = [c for c in Calendar.from_ical(path.read_bytes()).walk() if c.name == "VEVENT"]
    assert [str(event["SUMMARY"]) for event in events] == ["Jazz in de Lakenhal"]

    page.get_by_role("link", name="English").first.click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert "/en/whats-on/jazz/" in page.url

    page.goto(f"{base}/nl/plekken/lakenhal/")
    assert "Nu open" in page.locator("main").inner_text()
