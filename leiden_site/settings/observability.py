"""Request ids and logs: every log line names the request it belongs to.

django-guid takes the id from the proxy's X-Request-ID or makes one, and returns it in the
response; production.py turns the console lines into JSON.
"""

DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    # An incoming id that is not a UUID is replaced, so no client writes into the logs.
    "VALIDATE_GUID": True,
    "RETURN_HEADER": True,
    "EXPOSE_HEADER": False,
}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {
            "()": "django_guid.log_filters.CorrelationId",
            "correlation_id_field": "request_id",
        }
    },
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "plain",
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
