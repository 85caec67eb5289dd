from django.conf import settings
from django.conf.locale import LANG_INFO
from django.http import Http404

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
