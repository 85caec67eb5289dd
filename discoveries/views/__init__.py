"""The brand site's request handlers, registered for their page routes (see page_views)."""

from . import (  # noqa: F401 - importing registers each module's page views
    agenda,
    feeds,
    newsletter_signup,
    places,
    routes,
    stories,
    themes,
    venue_finder,
)
