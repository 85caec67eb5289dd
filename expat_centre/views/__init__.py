"""The Expat Centre's request handlers, registered for their page routes (see page_views)."""

from . import appointments, checklist, employers  # noqa: F401 - importing registers each module's page views
