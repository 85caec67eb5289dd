from .mixins import BasePage, IndexPage, LanguagePreviewMixin, SeoMixin
from .pages import BaseHomePage, FormField, FormPage, StandardPage
from .search import SearchDocument
from .settings import Navigation, SiteIdentity

__all__ = [
    "BaseHomePage",
    "BasePage",
    "IndexPage",
    "FormField",
    "FormPage",
    "LanguagePreviewMixin",
    "Navigation",
    "SearchDocument",
    "SeoMixin",
    "SiteIdentity",
    "StandardPage",
]
