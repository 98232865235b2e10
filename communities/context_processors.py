from __future__ import annotations

import functools
import zoneinfo

from django.conf import settings
from django.http import HttpRequest


@functools.cache
def time_zone_names() -> list[str]:
    """Every IANA zone name, for the ``<datalist id="time-zones">`` of time-zone inputs."""
    return sorted(zoneinfo.available_timezones())


def site(request: HttpRequest) -> dict[str, object]:
    # TIME_ZONE_NAMES is a callable: templates only build the list where they use it.
    return {
        "SITE_URL": settings.SITE_URL,
        "DEBUG": settings.DEBUG,
        "TIME_ZONE_NAMES": time_zone_names,
    }
