from .mixins import BasePage, LanguagePreviewMixin, SeoMixin
from .pages import BaseHomePage, FormField, FormPage, StandardPage
from .search import SearchDocument
from .settings import Navigation, SiteIdentity

__all__ = [
    "BaseHomePage",
    "BasePage",
    "FormField",
    "FormPage",
    "LanguagePreviewMixin",
    "Navigation",
    "SearchDocument",
    "SeoMixin",
    "SiteIdentity",
    "StandardPage",
]
