"""Settings shared by every environment.

Environment variables are read once, in the typed block below; the rest of the
file only uses the resulting names.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from django.utils.translation import gettext_lazy as _

from .observability import DJANGO_GUID, LOGGING  # noqa: F401 - settings
from .services import frontend_cache_backends, map_tile_origins, s3_media_origins, s3_storage

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, str(default)))


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Environment ------------------------------------------------------------------------
DATABASE_URL: str = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")
REDIS_URL: str = os.environ.get("REDIS_URL", "")
# A frozen Redis costs a call this long, then the cache is skipped for REDIS_BREAKER_SECONDS.
REDIS_TIMEOUT_SECONDS: float = float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.25"))
REDIS_BREAKER_SECONDS: float = float(os.environ.get("REDIS_BREAKER_SECONDS", "5"))
# How long a new PostgreSQL connection may take before the request fails (whole seconds).
DATABASE_CONNECT_TIMEOUT: int = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
DISCOVERIES_HOST: str = os.environ.get("DISCOVERIES_HOST", "localhost")
VVV_HOST: str = os.environ.get("VVV_HOST", "vvv.localhost")
EXPAT_HOST: str = os.environ.get("EXPAT_HOST", "expat.localhost")
SITE_PORT: int = int(os.environ.get("SITE_PORT", os.environ.get("PORT", "8000")))
MEDIA_ROOT_DIR: str = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
STATIC_ROOT_DIR: str = os.environ.get("STATIC_ROOT", str(BASE_DIR / "var" / "static"))
DEFAULT_FROM_EMAIL: str = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Leiden Marketing <noreply@localhost>"
)
STAFF_NOTIFICATION_EMAIL: str = os.environ.get("STAFF_NOTIFICATION_EMAIL", "webteam@localhost")
CONGRESS_DESK_EMAIL: str = os.environ.get("CONGRESS_DESK_EMAIL", STAFF_NOTIFICATION_EMAIL)
VVV_BOOKINGS_EMAIL: str = os.environ.get("VVV_BOOKINGS_EMAIL", STAFF_NOTIFICATION_EMAIL)
EXPAT_APPOINTMENTS_EMAIL: str = os.environ.get("EXPAT_APPOINTMENTS_EMAIL", STAFF_NOTIFICATION_EMAIL)
# Visitors' personal data is deleted after these periods (leiden_site/retention.py):
# appointment requests and form-page submissions after their last change or sending,
# requests for proposal and tour bookings once both their last change and the congress's
# last day or the tour's date lie that long ago, never-confirmed newsletter sign-ups after
# their last request.
EXPAT_APPOINTMENT_RETENTION_MONTHS: int = env_int("EXPAT_APPOINTMENT_RETENTION_MONTHS", 12)
FORM_SUBMISSION_RETENTION_MONTHS: int = env_int("FORM_SUBMISSION_RETENTION_MONTHS", 12)
CONGRESS_REQUEST_RETENTION_MONTHS: int = env_int("CONGRESS_REQUEST_RETENTION_MONTHS", 24)
VVV_BOOKING_RETENTION_MONTHS: int = env_int("VVV_BOOKING_RETENTION_MONTHS", 24)
NEWSLETTER_UNCONFIRMED_RETENTION_DAYS: int = env_int("NEWSLETTER_UNCONFIRMED_RETENTION_DAYS", 30)
WAGTAILADMIN_BASE_URL: str = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://{DISCOVERIES_HOST}:{SITE_PORT}"
)
# Empty: maps draw the bundled outline of the centre and ask no other host for anything.
MAP_TILE_URL: str = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION: str = os.environ.get("MAP_TILE_ATTRIBUTION", "")
PAGE_CACHE_SECONDS: int = int(os.environ.get("PAGE_CACHE_SECONDS", "120"))
# Off when a proxy in front serves MEDIA_ROOT itself; media on S3 never pass the app.
SERVE_MEDIA: bool = env_bool("SERVE_MEDIA", True)
BACKUP_DIR: str = os.environ.get("BACKUP_DIR", str(BASE_DIR / "var" / "backups"))
# Media on S3-compatible storage when a bucket is named (settings/services.py).
AWS_STORAGE_BUCKET_NAME: str = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
AWS_S3_ENDPOINT_URL: str = os.environ.get("AWS_S3_ENDPOINT_URL", "")
AWS_S3_REGION_NAME: str = os.environ.get("AWS_S3_REGION_NAME", "")
AWS_S3_CUSTOM_DOMAIN: str = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")
AWS_ACCESS_KEY_ID: str = os.environ.get("AWS_ACCESS_KEY_ID", "")
AWS_SECRET_ACCESS_KEY: str = os.environ.get("AWS_SECRET_ACCESS_KEY", "")
# The CDN or Varnish in front, purged on publish (leiden_site/frontend_cache.py).
FRONTEND_CACHE_PURGE_URL: str = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
CLOUDFLARE_BEARER_TOKEN: str = os.environ.get("CLOUDFLARE_BEARER_TOKEN", "")
CLOUDFLARE_ZONE_ID: str = os.environ.get("CLOUDFLARE_ZONE_ID", "")
# ----------------------------------------------------------------------------------------

INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "leiden_site",
    "discoveries",
    "partners",
    "vvv",
    "expat_centre",
    "axes",
    "csp",
    "django_guid",
    "dbbackup",
    "leiden_site.frontend_cache.LanguageAwareFrontendCacheConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # trigram look-ups for search; inert on SQLite
    "django.contrib.humanize",
    "django_tasks_db",
    "django_countries",
]

MIDDLEWARE = [
    # A request id for every log line and response (X-Request-ID, kept when the proxy sends
    # one), then the health endpoints, before host checks, redirects and the page cache.
    "django_guid.middleware.guid_middleware",
    "leiden_site.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "leiden_site.security.PermissionsPolicyMiddleware",
    "leiden_site.security.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "leiden_site.middleware.NoUploadsToPublicFormsMiddleware",
    "leiden_site.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "leiden_site.middleware.UnknownLanguagePrefixMiddleware",
    "leiden_site.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "leiden_site.admin_access.TreeWideViewsMiddleware",
    "partners.middleware.PartnerAdminAreasMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "leiden_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "leiden_site.wsgi.application"


def parse_database_url(url: str) -> dict:
    """A database setting for `url`; PostgreSQL gives up connecting after the connect timeout."""
    database = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if database["ENGINE"] == "django.db.backends.postgresql":
        database.setdefault("OPTIONS", {})["connect_timeout"] = DATABASE_CONNECT_TIMEOUT
    return database


DATABASES = {"default": parse_database_url(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # WAL lets the dev server read while a background save writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The site-root-path cache is per language and must be shared by every worker
# (docs/conventions.md, rule 8), so the fallback is the database cache, never local memory.
if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis with a circuit breaker: a frozen Redis never stalls the pages.
            "BACKEND": "leiden_site.cache.CircuitBreakingRedisCache",
            "LOCATION": REDIS_URL,
            "TIMEOUT": 600,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
                "BREAKER_SECONDS": REDIS_BREAKER_SECONDS,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "leiden_cache",
            "TIMEOUT": 600,
        }
    }

# A rendition never changes once made, so each process may remember them itself:
# without this alias Wagtail would ask the shared cache once per image on every page.
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "TIMEOUT": 3600,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# Sessions live in the database so a Redis outage never logs anyone out.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Public forms come from the page cache without a token; a post whose token is missing is
# shown again, filled in, with one (views.form_token_refused).
CSRF_FAILURE_VIEW = "leiden_site.views.form_token_refused"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ------------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English")), ("de", _("German"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("nl",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

# --- Static and media ----------------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(STATIC_ROOT_DIR)
STATIC_URL = "/static/"
MEDIA_ROOT = Path(MEDIA_ROOT_DIR)
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ORIGINS: list[str] = []  # where media URLs point when not at this site
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = s3_storage(
        AWS_STORAGE_BUCKET_NAME,
        endpoint_url=AWS_S3_ENDPOINT_URL,
        region=AWS_S3_REGION_NAME,
        access_key=AWS_ACCESS_KEY_ID,
        secret_key=AWS_SECRET_ACCESS_KEY,
        custom_domain=AWS_S3_CUSTOM_DOMAIN,
    )
    MEDIA_ORIGINS = s3_media_origins(
        AWS_STORAGE_BUCKET_NAME,
        endpoint_url=AWS_S3_ENDPOINT_URL,
        region=AWS_S3_REGION_NAME,
        custom_domain=AWS_S3_CUSTOM_DOMAIN,
    )
    SERVE_MEDIA = False  # the bucket serves images
    # Documents stream through /documents/, which checks privacy, never a bucket URL.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Backups (leiden_site.backup) ----------------------------------------------------
DBBACKUP_SEND_EMAIL = False  # a failed backup fails its command, with the error

# --- Mail and tasks -------------------------------------------------------------------
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Tasks are rows in the database; `manage.py db_worker` runs them, retrying failures with
# backoff (leiden_site/task_retry.py), so a request never waits for a mail server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Wagtail --------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Leiden Marketing"
WAGTAILFRONTENDCACHE = frontend_cache_backends(
    purge_url=FRONTEND_CACHE_PURGE_URL,
    cloudflare_token=CLOUDFLARE_BEARER_TOKEN,
    cloudflare_zone=CLOUDFLARE_ZONE_ID,
)
# Purged URLs are already one per language (translated slugs): no prefix swapping.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "leiden_site.images.CheckedImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_I18N_ENABLED = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no request to an outside service per avatar
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English"), ("de", "Deutsch")]

WAGTAILREDIRECTS_AUTO_CREATE = False  # leiden_site.signals covers every language

# --- Security -------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail marks its preview views SAMEORIGIN itself.
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "geolocation": ["self"],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS, *map_tile_origins(MAP_TILE_URL)],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin uses inline scripts and styles; it gets its own, looser policy. Its
# pictures come from this site (uploads, renditions, the userbar) or from the video
# services whose embeds editors preview; avatars are not fetched from Gravatar.
EMBED_THUMBNAIL_HOSTS = ["https://i.ytimg.com", "https://i.vimeocdn.com"]
EMBED_PLAYER_HOSTS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS, *EMBED_THUMBNAIL_HOSTS],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_PLAYER_HOSTS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

# Mail-sending forms are limited per client address and recipient (leiden_site.throttle);
# an unreachable cache must not take the forms down with it.
RATELIMIT_FAIL_OPEN = True
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "leiden_site.throttle.ThrottledPasswordResetForm"

# Admin log-in: a username at one address is locked after 5 failures, an address after 30
# over any usernames, each for 15 minutes (leiden_site.login_protection has the limits).
AXES_HANDLER = "leiden_site.login_protection.PerCombinationLimitsHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
