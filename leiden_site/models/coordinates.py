"""The coordinate fields of a page with a pin on the map."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# The Netherlands, generously: a coordinate outside it is a typo (or swapped values).
LATITUDE_RANGE = (Decimal("50.70"), Decimal("53.70"))
LONGITUDE_RANGE = (Decimal("3.20"), Decimal("7.30"))


def latitude_field() -> models.DecimalField:
    """Every page with a map pin (places, venues, the VVV office, the Expat desk) has
    the same coordinate fields, and so the same checks and the same map."""
    return models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(LATITUDE_RANGE[0]), MaxValueValidator(LATITUDE_RANGE[1])],
        help_text=_("For instance 52.158 for the centre of Leiden."),
    )


def longitude_field() -> models.DecimalField:
    return models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(LONGITUDE_RANGE[0]), MaxValueValidator(LONGITUDE_RANGE[1])],
        help_text=_("For instance 4.485 for the centre of Leiden."),
    )
