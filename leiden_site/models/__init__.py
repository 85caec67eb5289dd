from .background import BrokenLink, ScheduledJob
from .mixins import (
    BasePage,
    CardImageMixin,
    EnglishFirstMixin,
    IndexPage,
    LanguagePreviewMixin,
    SeoMixin,
)
from .pages import SHARED_CHILD_PAGE_TYPES, BaseHomePage, FormField, FormPage, StandardPage
from .search import SearchDocument
from .settings import Navigation, SiteIdentity
from .themes import Theme

__all__ = [
    "SHARED_CHILD_PAGE_TYPES",
    "BaseHomePage",
    "BasePage",
    "BrokenLink",
    "CardImageMixin",
    "EnglishFirstMixin",
    "IndexPage",
    "FormField",
    "FormPage",
    "LanguagePreviewMixin",
    "Navigation",
    "ScheduledJob",
    "SearchDocument",
    "SeoMixin",
    "SiteIdentity",
    "StandardPage",
    "Theme",
]
