"""sitemap.xml for the requesting site, one <url> per page and language with hreflang."""

from django.contrib.sitemaps import Sitemap

from wagtail.models import Page, Site


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = 5000

    def __init__(self, wagtail_site: Site, request):
        self.wagtail_site = wagtail_site
        self.request = request

    def items(self):
        return (
            Page.objects.live()
            .public()
            .descendant_of(self.wagtail_site.root_page, inclusive=True)
            .order_by("path")
        )

    def location(self, page):
        return page.get_url_parts(self.request)[2]

    def lastmod(self, page):
        return page.last_published_at
