"""What every feed and download response shares: file names, caching, Leiden's clock."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header

from leiden_site.models.opening_hours import AMSTERDAM

# Events happen in Leiden, so calendars show Leiden's wall-clock time whatever the
# server's or the subscriber's zone; the VTIMEZONE keeps the instants right across DST.
LOCAL_TIMEZONE = AMSTERDAM
# Feeds are polled by calendar apps and readers; a short shared cache absorbs that.
FEED_CACHE_CONTROL = "public, max-age=300"


def attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def cacheable(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = FEED_CACHE_CONTROL
    return response
