"""The VVV office: its opening hours, its services, and how search engines see it."""

from modelcluster.fields import ParentalKey

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from leiden_site.json_ld import SCHEMA_CONTEXT, postal_address
from leiden_site.models.opening_hours import AbstractOpeningException, AbstractOpeningSchedule


class VvvOpeningSchedule(AbstractOpeningSchedule):
    page = ParentalKey(
        "vvv.VvvHomePage", on_delete=models.CASCADE, related_name="opening_schedules"
    )


class VvvOpeningException(AbstractOpeningException):
    page = ParentalKey(
        "vvv.VvvHomePage", on_delete=models.CASCADE, related_name="opening_exceptions"
    )


class ServiceBlock(blocks.StructBlock):
    """One thing the desk does for visitors: information, tickets, souvenirs, walks, gift cards."""

    title = blocks.CharBlock(label=_("title"), max_length=80)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(
        label=_("page with more"), required=False, help_text=_("Optional.")
    )

    class Meta:
        label = _("Service")
        icon = "tick-inverse"
        template = "blocks/service_block.html"


def office_json_ld(office, identity, url: str, today=None) -> dict:
    """The office as a schema.org TouristInformationCenter, with its hours: the weekly ones
    per season, and the coming days that differ (holidays, exceptions) as special days."""
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": "TouristInformationCenter",
        "name": identity.organisation_name or identity.site_name,
        "url": url,
        "address": postal_address(identity.street_address, identity.postal_code, identity.city),
    }
    if identity.phone:
        data["telephone"] = identity.phone
    if identity.email:
        data["email"] = identity.email
    if office.has_location:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(office.latitude),
            "longitude": float(office.longitude),
        }
    if office.opening_hours.is_set:
        data["openingHoursSpecification"] = office.opening_hours.json_ld(
            today or timezone.localdate()
        )
    return data
