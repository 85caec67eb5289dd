"""The production settings plus the demo app, for the benchmark's `load_demo_data` step only.

Production never installs the demo (it is in the dev and test settings only), but the
benchmark measures the production stack on a database filled with the demo content: this one
set-up step runs with the demo's command added, everything else as in production.
"""

from leiden_site.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
