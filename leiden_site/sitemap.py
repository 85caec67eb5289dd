"""sitemap.xml for the requesting site, one <url> per page and language with hreflang."""

from django.contrib.sitemaps import Sitemap

from wagtail.models import Page, Site

from leiden_site.language_redirect import site_default_language


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    # Django's x-default is the Dutch URL without its prefix, which does not exist for a
    # translated slug; get_urls adds the site's default language version instead.
    x_default = False
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

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        default = site_default_language(self.wagtail_site.hostname)
        for url in urls:
            url["alternates"] += [
                {"location": alternate["location"], "lang_code": "x-default"}
                for alternate in url["alternates"]
                if alternate["lang_code"] == default
            ]
        return urls
