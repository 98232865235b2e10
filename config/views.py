"""Project-wide pages that draw on every app: the landing page / dashboard and /healthz."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from communities import access
from sessions_log.selectors import upcoming_for_dashboard

logger = logging.getLogger(__name__)


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "landing.html")
    memberships = list(access.active_memberships(request.user).order_by("community__name"))
    return render(
        request,
        "dashboard.html",
        {
            "memberships": memberships,
            "upcoming_meetings": list(upcoming_for_dashboard(request.user)),
            "pending_requests": list(access.pending_requests_of(request.user)),
            "covenants_to_accept": [
                m for m in memberships if not access.has_accepted_current_covenant(m)
            ],
        },
    )


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("healthz: database did not answer")
        return False


def _broker_answers() -> bool:
    if not settings.REDIS_URL:
        return True  # the demo's filesystem broker is a local folder
    from redis import Redis

    try:
        client = Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
        return bool(client.ping())
    except Exception:
        logger.warning("healthz: broker did not answer")
        return False


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    healthy = _database_answers() and _broker_answers()
    return HttpResponse(
        "ok\n" if healthy else "unavailable\n",
        status=200 if healthy else 503,
        content_type="text/plain",
    )
