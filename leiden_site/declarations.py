"""What a site app declares on its AppConfig so that provisioning can set it up.

This module imports no models, so app configs may use it while Django starts.
"""

from dataclasses import dataclass

MARKETING_EDITORS = "Marketing editors"
MARKETING_MODERATORS = "Marketing moderators"


@dataclass(frozen=True)
class SiteSpec:
    """One of the sites, as its app declares it on its AppConfig (`site = SiteSpec(...)`)."""

    key: str
    model: str
    slug: str
    hostname_setting: str
    is_default: bool
    titles: dict[str, str]
    organisation: str
    brand: str
    accent: str
    accent_contrast: str
    # The group that edits and publishes this site's tree alone, if it has one.
    staff_group: str = ""
    # Where `/` sends a browser that asks for none of our languages.
    default_language: str = "nl"
