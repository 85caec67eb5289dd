from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# One process per test worker, so local memory is shared enough here.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
SITE_PORT = 80  # the test client speaks plain http on port 80
PAGE_CACHE_SECONDS = 0  # tests that need the page cache switch it on themselves
STATIC_ROOT = None  # tests serve static files through the finders
WHITENOISE_USE_FINDERS = True

# The demo content and its loader, for tests/demo; never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# Tests that do not test the worker run each task in the request that enqueued it, after
# the commit; tests/leiden_site/test_worker*.py switch to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
