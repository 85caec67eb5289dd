from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve as serve_file

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.views import serve as wagtail_serve

from leiden_site import views
from leiden_site.language_redirect import language_redirect

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("theme.css", views.theme_css, name="theme_css"),
    path("sitemap.xml", views.sitemap_xml, name="sitemap"),
    path("csrf-token/", views.csrf_token, name="csrf_token"),
    path("", language_redirect, name="language_redirect"),
]

if settings.SERVE_MEDIA:
    # Uploaded images on local disk: every app server reads the same MEDIA_ROOT (a shared
    # volume), so a picture uploaded through one is served by all. Only images: documents
    # keep going through /documents/, which applies collection privacy.
    urlpatterns.append(
        re_path(
            r"^media/(?P<path>(?:original_images|images)/.+)$",
            serve_file,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    # Feeds and downloads of routable pages (agenda.ics, event.ics, route.gpx): Wagtail's
    # own pattern only serves paths of plain segments that end in a slash.
    re_path(
        r"^((?:[\w\-]+/)*[\w\-]+\.(?:ics|json|gpx))$", wagtail_serve, name="wagtail_serve_file"
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "leiden_site.views.page_not_found"
handler500 = "leiden_site.views.server_error"
