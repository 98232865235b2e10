"""The ceiling: the cheapest page the full middleware stack can serve (PRACTICA_BENCH only)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def ceiling(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok\n", content_type="text/plain")
