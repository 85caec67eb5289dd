"""The shared Redis cache, with a circuit breaker.

A Redis that is gone or frozen costs each cache call its full socket timeout, and a page
makes several calls. After one failure this cache therefore answers every call as a miss,
without asking Redis, for `BREAKER_SECONDS`; then it tries Redis again. Pages render at
uncached speed meanwhile, and the first call after the pause tells whether Redis is back.
"""

import functools
import logging
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

DEFAULT_BREAKER_SECONDS = 5.0
# Until when each Redis location is skipped; per process, shared by its threads (Django
# makes a cache object per thread).
_skip_until: dict[str, float] = {}


def _default(key, default=None, *args, **kwargs):
    return default


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


# What each cache call answers while Redis is skipped: what it answers for a missing key.
MISS_ANSWERS = {
    "get": _default,
    "get_many": lambda *args, **kwargs: {},
    "set": _false,
    "add": _false,
    "touch": _false,
    "has_key": _false,
    "delete": _false,
    "delete_many": _nothing,
    "set_many": lambda *args, **kwargs: [],
    "incr": _nothing,  # django-ratelimit then fails open (RATELIMIT_FAIL_OPEN)
    "decr": _nothing,
    "clear": _nothing,
}


def _guarded(name: str, miss_answer):
    upstream = getattr(RedisCache, name)

    @functools.wraps(upstream)
    def call(self, *args, **kwargs):
        if time.monotonic() < _skip_until.get(self._server, 0.0):
            return miss_answer(*args, **kwargs)
        try:
            return upstream(self, *args, **kwargs)
        except (RedisError, ConnectionInterrupted, OSError) as error:
            _skip_until[self._server] = time.monotonic() + self.breaker_seconds
            logger.warning(
                "Redis failed (%s); the cache is skipped for %ss", error, self.breaker_seconds
            )
            return miss_answer(*args, **kwargs)

    return call


class CircuitBreakingRedisCache(RedisCache):
    """django-redis's cache; OPTIONS["BREAKER_SECONDS"] is how long a failure skips Redis."""

    def __init__(self, server, params):
        super().__init__(server, params)
        options = params.get("OPTIONS", {})
        self.breaker_seconds = float(options.get("BREAKER_SECONDS", DEFAULT_BREAKER_SECONDS))
        # Failures reach the breaker instead of being swallowed one call at a time.
        self._ignore_exceptions = False


for _name, _answer in MISS_ANSWERS.items():
    setattr(CircuitBreakingRedisCache, _name, _guarded(_name, _answer))
