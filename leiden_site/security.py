"""Security headers: a strict Content-Security-Policy for the public sites, a looser
one for the Wagtail admin (which does not run under a strict policy), and the
Permissions-Policy header Django does not set itself.

A preview in the admin renders a public template with content editors and partners
wrote, so it gets the public, strict policy; only framing by the admin is allowed (the
preview itself says SAMEORIGIN, see LanguagePreviewMixin). Wagtail renders previews
through a second run of the middleware on a request marked `is_preview`.
"""

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings

ADMIN_PREFIXES = ("/admin/",)


def is_preview(request) -> bool:
    return getattr(request, "is_preview", False)


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if is_preview(request):
            parts.config = {
                **settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
                "frame-ancestors": ["'self'"],
            }
        elif request.path_info.startswith(ADMIN_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.nonce = None
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allow)})"
            for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response
