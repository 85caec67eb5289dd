from .board import BoardMember, BoardPage
from .partners import FOUNDING_YEAR, PROFILE_CONTEXT_HOOK, SECTORS, PartnerIndexPage, PartnerPage

__all__ = [
    "FOUNDING_YEAR",
    "PROFILE_CONTEXT_HOOK",
    "SECTORS",
    "BoardMember",
    "BoardPage",
    "PartnerIndexPage",
    "PartnerPage",
]
