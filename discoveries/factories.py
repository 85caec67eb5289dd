"""Factories for the brand site's page types (factory_boy + wagtail-factories).

Pages need a parent: `EventPageFactory(parent=agenda)`. Child objects (occurrences, route
stops) are written to the database after the page exists, so a later
`page.save_revision().publish()` carries them into the revision.
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories

from django.utils import timezone

from discoveries.models import (
    EventIndexPage,
    EventOccurrence,
    EventPage,
    PlaceIndexPage,
    PlacePage,
    RouteIndexPage,
    RoutePage,
    RouteStop,
    StoryIndexPage,
    StoryPage,
)


def _set_themes(page, create, themes):
    if create and themes:
        page.themes.set(themes)
        page.save()


class PlaceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Plekken"
    slug = "plekken"

    class Meta:
        model = PlaceIndexPage


class PlacePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Plek {n}")
    slug = factory.Sequence(lambda n: f"plek-{n}")
    place_type = "museum"
    intro = "Een plek om te ontdekken."
    street_address = "Rapenburg 1"
    # The centre of Leiden; pass latitude=None, longitude=None for a place without a pin.
    latitude = Decimal("52.158000")
    longitude = Decimal("4.485000")

    class Meta:
        model = PlacePage
        # The hooks save what they add themselves.
        skip_postgeneration_save = True

    themes = factory.PostGeneration(_set_themes)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


def add_occurrence(event, start, end=None, **kwargs) -> EventOccurrence:
    """One date of an event; `start`/`end` are aware datetimes."""
    return EventOccurrence.objects.create(event=event, start=start, end=end, **kwargs)


class EventPageFactory(wagtail_factories.PageFactory):
    """`occurrences` takes (start, end) pairs or dicts of EventOccurrence fields; without it
    the event gets one evening a week from now."""

    title = factory.Sequence(lambda n: f"Evenement {n}")
    slug = factory.Sequence(lambda n: f"evenement-{n}")
    summary = "Een avond vol ontdekkingen."
    audiences = factory.LazyFunction(lambda: ["visitors"])
    venue_name = "Stadsgehoorzaal"
    venue_address = "Breestraat 60, Leiden"

    class Meta:
        model = EventPage
        # The hooks save what they add themselves.
        skip_postgeneration_save = True

    themes = factory.PostGeneration(_set_themes)

    @factory.post_generation
    def occurrences(self, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
            extracted = [(start, start + datetime.timedelta(hours=2))]
        for value in extracted:
            if isinstance(value, dict):
                add_occurrence(self, **value)
            else:
                add_occurrence(self, *value)


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Verhalen"
    slug = "verhalen"

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Verhaal {n}")
    slug = factory.Sequence(lambda n: f"verhaal-{n}")
    intro = "Een verhaal over Leiden."
    author = "Redactie"

    class Meta:
        model = StoryPage
        # The hooks save what they add themselves.
        skip_postgeneration_save = True

    themes = factory.PostGeneration(_set_themes)


class RouteIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wandelingen"
    slug = "wandelingen"

    class Meta:
        model = RouteIndexPage


class RoutePageFactory(wagtail_factories.PageFactory):
    """`stops` takes PlacePages, in the order of the route."""

    title = factory.Sequence(lambda n: f"Route {n}")
    slug = factory.Sequence(lambda n: f"route-{n}")
    intro = "Een wandeling langs de grachten."
    distance_km = Decimal("3.5")
    duration_minutes = 60

    class Meta:
        model = RoutePage
        # The hooks save what they add themselves.
        skip_postgeneration_save = True

    themes = factory.PostGeneration(_set_themes)

    @factory.post_generation
    def stops(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        for position, place in enumerate(extracted):
            RouteStop.objects.create(route=self, place=place, sort_order=position)


def weekly_periods(days, opens, closes) -> list[tuple]:
    """A schedule's `periods` value: the same hours on each of `days` (0 is Monday)."""
    return [("period", {"days": [str(day) for day in days], "opens": opens, "closes": closes})]
