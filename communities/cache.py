"""A Redis cache that degrades to "miss" during a Redis outage instead of failing requests."""

from __future__ import annotations

import logging
from typing import Any

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
_OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)


class ResilientRedisCache(RedisCache):
    """Reads miss and writes are dropped while Redis is unreachable.

    The cache only holds rate-limit counters and derived data, so an outage costs some rate
    limiting for its duration, never a clinician's request.
    """

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        try:
            return super().get(key, default, version)
        except _OUTAGE:
            logger.warning("cache unavailable: get")
            return default

    def set(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> None:
        try:
            super().set(key, value, timeout, version)
        except _OUTAGE:
            logger.warning("cache unavailable: set")

    def add(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> bool:
        try:
            return super().add(key, value, timeout, version)
        except _OUTAGE:
            logger.warning("cache unavailable: add")
            return True

    def delete(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().delete(key, version)
        except _OUTAGE:
            logger.warning("cache unavailable: delete")
            return False

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        try:
            return super().get_many(keys, version)
        except _OUTAGE:
            logger.warning("cache unavailable: get_many")
            return {}

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        try:
            return super().incr(key, delta, version)
        except _OUTAGE:
            logger.warning("cache unavailable: incr")
            return delta
