from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and its loader; listed in INSTALLED_APPS of the dev and test settings only."""

    name = "demo"
    verbose_name = "Demo content"
