"""What the demo promises about privacy and venues, checked on the loaded demo."""

from wagtail.models import Site

from discoveries.models import VenuePage
from leiden_site.models import FormPage, SiteIdentity

PRIVACY_TITLES = {
    "nl": "Privacyverklaring",
    "en": "Privacy statement",
    "de": "Datenschutzerklärung",
}


def check_privacy_demo(client) -> None:
    """Each site chose a privacy statement in all three languages, its footer links it,
    and every form page of the site does too."""
    for site in Site.objects.all():
        privacy_page = SiteIdentity.for_site(site).privacy_page
        assert privacy_page is not None and privacy_page.live, site.hostname
        privacy_page = privacy_page.specific
        for language, title in PRIVACY_TITLES.items():
            url = _path(privacy_page, language)
            response = client.get(url, HTTP_HOST=site.hostname)
            assert response.status_code == 200, (site.hostname, url)
            html = response.content.decode()
            assert f"<h1>{title}</h1>" in html, (site.hostname, language)
            home = client.get(f"/{language}/", HTTP_HOST=site.hostname).content.decode()
            assert f'href="{url}"' in home, (site.hostname, language)
        forms = FormPage.objects.live().descendant_of(site.root_page)
        assert forms.exists(), site.hostname
        for form_page in forms:
            for language in PRIVACY_TITLES:
                html = client.get(_path(form_page, language), HTTP_HOST=site.hostname)
                body = html.content.decode()
                assert "data-privacy-link" in body, (form_page.title, language)


def check_venue_demo(client) -> None:
    """Every demo venue is on a map and shows pictures of its rooms."""
    venues = VenuePage.objects.live()
    assert venues.count() >= 5
    for venue in venues:
        assert venue.coordinates() is not None, venue.title
        assert all(room.image_id for room in venue.rooms.all()), venue.title
        html = client.get(_path(venue, "en"), HTTP_HOST="localhost").content.decode()
        assert 'id="map-data"' in html, venue.title
        assert 'class="room-pictures"' in html, venue.title


def _path(page, language: str) -> str:
    from django.utils import translation

    with translation.override(language):
        return page.get_url_parts()[2]
