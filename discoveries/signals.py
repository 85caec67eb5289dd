from leiden_site.models import Theme
from leiden_site.page_cache import invalidate_when_saved

from .models import EventOccurrence

# Themes and occurrences show on listings of many pages.
invalidate_when_saved(Theme, EventOccurrence)
