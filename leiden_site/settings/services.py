"""Outside services configured from the environment: S3-compatible media storage
(django-storages) and the frontend cache purged on publish (Wagtail's frontend cache).

Kept apart from base.py so the tests can build the same configuration base.py builds
from the environment, pointed at their own local servers.
"""

from urllib.parse import urlsplit


def s3_storage(
    bucket: str,
    *,
    endpoint_url: str = "",
    region: str = "",
    access_key: str = "",
    secret_key: str = "",
    custom_domain: str = "",
) -> dict:
    """The STORAGES["default"] entry for a bucket whose objects the public may read.

    URLs are plain (no signature in the query string): a page in the page cache or a CDN
    keeps working after any signature would have expired, and the same image has one URL.
    Names are never overwritten: two uploads of "photo.jpg" stay two files.
    """
    options = {
        "bucket_name": bucket,
        "querystring_auth": False,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=86400"},
    }
    if endpoint_url:
        # S3-compatible services (MinIO, Ceph, Garage, …) name the bucket in the path.
        options.update({"endpoint_url": endpoint_url, "addressing_style": "path"})
    if region:
        options["region_name"] = region
    if access_key:
        options.update({"access_key": access_key, "secret_key": secret_key})
    if custom_domain:
        options["custom_domain"] = custom_domain
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def s3_media_origins(
    bucket: str, *, endpoint_url: str = "", region: str = "", custom_domain: str = ""
) -> list[str]:
    """The origins media URLs point at, for the Content-Security-Policy's img-src."""
    if custom_domain:
        return [f"https://{custom_domain}"]
    if endpoint_url:
        parts = urlsplit(endpoint_url)
        return [f"{parts.scheme}://{parts.netloc}"]
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if region:
        origins.append(f"https://{bucket}.s3.{region}.amazonaws.com")
    return origins


def frontend_cache_backends(
    *, purge_url: str = "", cloudflare_token: str = "", cloudflare_zone: str = ""
) -> dict:
    """WAGTAILFRONTENDCACHE: an HTTP PURGE endpoint (Varnish, nginx), Cloudflare, both or none."""
    backends = {}
    if purge_url:
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": purge_url,
        }
    if cloudflare_token and cloudflare_zone:
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": cloudflare_token,
            "ZONEID": cloudflare_zone,
        }
    return backends


def map_tile_origins(tile_url: str) -> list[str]:
    """The origin a Leaflet tile template points at, for the Content-Security-Policy's
    img-src: `https://{s}.tiles.example/{z}/{x}/{y}.png` gives `https://*.tiles.example`."""
    if not tile_url:
        return []
    parts = urlsplit(tile_url)
    host = parts.netloc
    if host.startswith("{s}."):
        # Leaflet's subdomain placeholder: a, b, c, … of the same host.
        host = "*." + host.removeprefix("{s}.")
    if not parts.scheme or not host or "{" in host:
        raise ValueError(f"MAP_TILE_URL must be an absolute URL template, not {tile_url!r}")
    return [f"{parts.scheme}://{host}"]
