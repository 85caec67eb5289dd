"""The VVV site's request handlers, registered for their page routes (see page_views)."""

from . import products, tour_booking  # noqa: F401 - importing registers each module's page views
