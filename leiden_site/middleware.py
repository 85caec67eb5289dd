from django.conf import settings
from django.conf.locale import LANG_INFO
from django.http import Http404, HttpResponseBadRequest
from django.middleware import locale
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

SUPPORTED = {code for code, _name in settings.LANGUAGES}


class UnknownLanguagePrefixMiddleware:
    """Answer 404 for /fr/… instead of redirecting it to /nl/fr/ first.

    Every page URL starts with a supported language, so a first path segment
    that names another language can never be a page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        first_segment = request.path_info.lstrip("/").split("/", 1)[0].lower()
        if first_segment in LANG_INFO and first_segment not in SUPPORTED:
            raise Http404("Unknown language")
        return self.get_response(request)


# Paths outside the language-prefixed pages: their 404s are final.
UNPREFIXED_PATHS = ("/admin/", "/documents/", "/static/", "/media/")


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that a 404 in the admin or the documents stays a 404.

    Django answers a 404 by redirecting to the same path with the language prefix
    when that path would resolve, and the pages' catch-all pattern resolves anything:
    an unknown admin URL or a refused admin API object would turn into a redirect to
    /nl/admin/….
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)


# No text form on the public sites comes near this; a larger post is an upload.
PUBLIC_FORM_MAX_BYTES = 100_000


class NoUploadsToPublicFormsMiddleware:
    """No form on the public sites takes a file: refuse an upload, a large one unread.

    Only the admin accepts files. A multipart post elsewhere that is larger than any
    text form is refused before Django reads it; a smaller one is refused when it turns
    out to carry a file.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.content_type == "multipart/form-data"
            and not request.path_info.startswith("/admin/")
            and (self._too_large(request) or request.FILES)
        ):
            return HttpResponseBadRequest(
                "This form takes no files.", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)

    @staticmethod
    def _too_large(request) -> bool:
        try:
            return int(request.META.get("CONTENT_LENGTH") or 0) > PUBLIC_FORM_MAX_BYTES
        except ValueError:
            return True
