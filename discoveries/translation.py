"""Visitor-facing fields of the brand site, translated (empty falls back to Dutch)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from leiden_site.translation import HomePageTranslation

from .models import (
    EventIndexPage,
    EventPage,
    HomePage,
    NewsletterPage,
    PlaceIndexPage,
    PlaceOpeningException,
    PlaceOpeningSchedule,
    PlacePage,
    RouteIndexPage,
    RoutePage,
    RouteStop,
    StoryIndexPage,
    StoryPage,
    ThemeIndexPage,
    VenueIndexPage,
    VenuePage,
    VenueRoom,
)


@register(HomePage)
class HomePageTranslation_(HomePageTranslation):
    pass


@register(StoryIndexPage)
@register(PlaceIndexPage)
@register(EventIndexPage)
@register(ThemeIndexPage)
@register(RouteIndexPage)
class IndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(StoryPage)
class StoryPageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body")


@register(PlacePage)
class PlacePageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body", "gallery", "prices", "accessibility_note")


@register(PlaceOpeningException)
class PlaceOpeningExceptionTranslation(TranslationOptions):
    fields = ("note",)


@register(PlaceOpeningSchedule)
class PlaceOpeningScheduleTranslation(TranslationOptions):
    fields = ("name",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("summary", "image_alt", "body", "price", "accessibility_note", "venue_name")


@register(RoutePage)
class RoutePageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body", "accessibility_note")


@register(RouteStop)
class RouteStopTranslation(TranslationOptions):
    fields = ("note",)


@register(VenueIndexPage)
class VenueIndexPageTranslation(TranslationOptions):
    fields = ("intro", "request_intro", "thank_you_text")


@register(VenuePage)
class VenuePageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body")


@register(VenueRoom)
class VenueRoomTranslation(TranslationOptions):
    fields = ("name", "image_alt")


@register(NewsletterPage)
class NewsletterPageTranslation(TranslationOptions):
    fields = ("intro", "check_your_mail_text", "confirmed_text", "unsubscribed_text")
