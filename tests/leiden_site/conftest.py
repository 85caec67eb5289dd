"""Fixtures other test directories and modules already build, shared by the language tests:
the completeness rule's page and moderator, a VVV product listing, the partner directory."""

from tests.leiden_site.test_language_fallback import completeness_required, moderator, page
from tests.partners.conftest import agenda, partner_index
from tests.vvv.conftest import product_index

__all__ = [
    "agenda",
    "completeness_required",
    "moderator",
    "page",
    "partner_index",
    "product_index",
]
