"""Gunicorn in production: `gunicorn -c deploy/gunicorn.conf.py leiden_site.wsgi`.

Gunicorn reads this file itself; the environment it looks at is read in the block below.
"""

import os

# --- Environment ------------------------------------------------------------------------
PORT: int = int(os.environ.get("PORT", "8000"))
# WEB_CONCURRENCY is the usual name platforms set; without it, workers follow the CPUs
# this process may run on (a container's limit, not the host's count).
CPUS: int = len(os.sched_getaffinity(0))
WEB_CONCURRENCY: int = int(os.environ.get("WEB_CONCURRENCY", str(2 * CPUS + 1)))
# ----------------------------------------------------------------------------------------

wsgi_app = "leiden_site.wsgi"
bind = f"0.0.0.0:{PORT}"
workers = WEB_CONCURRENCY
# A request that takes longer than this is stuck (the mail and other slow work runs in
# the task worker); gunicorn replaces the worker instead of letting it block others.
timeout = 30
graceful_timeout = 30
keepalive = 5
# Workers are replaced now and then, so a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
# Stdout, like the application's JSON logs; the request id is the one the application
# kept or made (django-guid returns it as X-Request-ID), so access and app lines join up.
accesslog = "-"
access_log_format = (
    '%(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(f)s" "%(a)s" request_id=%({x-request-id}o)s'
)
errorlog = "-"
