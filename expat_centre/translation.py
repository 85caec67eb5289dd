"""Visitor-facing fields of the Expat Centre site, translated (empty falls back to Dutch)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from leiden_site.translation import HomePageTranslation

from .models import (
    AppointmentRequestPage,
    ArrivalChecklistPage,
    DeskOpeningException,
    DeskOpeningSchedule,
    DeskPage,
    EmployerIndexPage,
    EmployerPage,
    ExpatEventsPage,
    ExpatFaqPage,
    ExpatHomePage,
    GuideIndexPage,
    GuidePage,
    ServiceIndexPage,
    ServicePage,
)


@register(ExpatHomePage)
class ExpatHomePageTranslation(HomePageTranslation):
    pass


@register(ServiceIndexPage)
@register(GuideIndexPage)
@register(EmployerIndexPage)
class ExpatIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ServicePage)
class ServicePageTranslation(TranslationOptions):
    fields = ("intro", "what_to_bring", "steps", "fees", "body")


@register(DeskOpeningSchedule)
class DeskOpeningScheduleTranslation(TranslationOptions):
    fields = ("name",)


@register(DeskOpeningException)
class DeskOpeningExceptionTranslation(TranslationOptions):
    fields = ("note",)


@register(GuidePage)
class GuidePageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body")


@register(ArrivalChecklistPage)
class ArrivalChecklistPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(EmployerPage)
class EmployerPageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body")


@register(ExpatEventsPage)
class ExpatEventsPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ExpatFaqPage)
class ExpatFaqPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(DeskPage)
class DeskPageTranslation(TranslationOptions):
    fields = ("intro", "directions", "body")


@register(AppointmentRequestPage)
class AppointmentRequestPageTranslation(TranslationOptions):
    fields = ("intro", "thank_you")
