"""Production settings: everything comes from the environment.

Secrets have no default, so a missing one stops the process at start-up.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

# Tools that must never run on a live site (the demo loader) look for this.
PRODUCTION = True


def required_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


# --- Environment ------------------------------------------------------------------------
SECRET_KEY: str = required_env("SECRET_KEY")
ALLOWED_HOSTS: list[str] = env_list("ALLOWED_HOSTS") or [  # noqa: F405
    DISCOVERIES_HOST,  # noqa: F405
    VVV_HOST,  # noqa: F405
    EXPAT_HOST,  # noqa: F405
]
DATABASES = {  # noqa: F405
    "default": dj_database_url.parse(  # noqa: F405
        required_env("DATABASE_URL"), conn_max_age=60, conn_health_checks=True
    )
}
SECURE_SSL_REDIRECT: bool = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
EMAIL_HOST: str = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT: int = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER: str = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD: str = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS: bool = env_bool("EMAIL_USE_TLS", False)  # noqa: F405
# ----------------------------------------------------------------------------------------

DEBUG = False
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_TIMEOUT = 10

# One JSON object per log line, with the request id, for the log collector.
LOGGING["formatters"]["json"] = {  # noqa: F405
    "()": "pythonjsonlogger.json.JsonFormatter",
    "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
    "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
}
LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
