from .base import *  # noqa: F403

DEBUG = True
# A development-only key; production.py refuses to start without SECRET_KEY.
SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["localhost", ".localhost", "127.0.0.1", "[::1]"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
PAGE_CACHE_SECONDS = 0  # template and content edits show at once while developing

# The demo content and its loader (manage.py load_demo_data); never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
