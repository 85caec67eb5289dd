"""A privacy statement on every site of the catalogue, chosen in its identity settings, so
the gates walk footers and forms with the privacy link. Wired into
`tests.catalogue.build_catalogue`."""

from leiden_site.factories import StandardPageFactory
from leiden_site.models import SiteIdentity, StandardPage
from tests.conftest import publish

SITE_HOSTS = {"discoveries": "localhost", "vvv": "vvv.localhost", "expat": "expat.localhost"}
PRIVACY_TITLES = {
    "nl": "Privacyverklaring",
    "en": "Privacy statement",
    "de": "Datenschutzerklärung",
}
# Catalogue entries whose form asks for personal data: each must link the privacy statement.
FORM_ENTRIES = ("form-page", "newsletter", "venues", "product-booking")


def build_privacy_catalogue(sites) -> list:
    from tests.catalogue import CataloguePage

    entries = []
    for key, host in SITE_HOSTS.items():
        site = sites[key]
        page = publish(
            StandardPageFactory(
                parent=site.root_page.specific,
                title_nl=PRIVACY_TITLES["nl"],
                title_en=PRIVACY_TITLES["en"],
                title_de=PRIVACY_TITLES["de"],
                slug_nl="privacy",
                slug_en="privacy",
                slug_de="privacy",  # catalogue paths are the same in every language
                intro_nl="Wat onze formulieren bewaren, en hoe lang.",
                intro_en="What our forms keep, and for how long.",
            )
        )
        identity = SiteIdentity.for_site(site)
        identity.privacy_page = page
        identity.instagram_url = f"https://example.org/social/{key}"
        identity.save()
        entries.append(CataloguePage(f"privacy-{key}", host, "/privacy/", StandardPage))
    return entries
