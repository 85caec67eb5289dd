from .board import BoardMember, BoardPage
from .freshness import REMINDER_INTERVAL, STALE_AFTER, FreshnessReminder
from .partners import FOUNDING_YEAR, PROFILE_CONTEXT_HOOK, SECTORS, PartnerIndexPage, PartnerPage

__all__ = [
    "FOUNDING_YEAR",
    "PROFILE_CONTEXT_HOOK",
    "REMINDER_INTERVAL",
    "STALE_AFTER",
    "SECTORS",
    "BoardMember",
    "BoardPage",
    "FreshnessReminder",
    "PartnerIndexPage",
    "PartnerPage",
]
