"""The project's URLs plus one view that fails, to see the 500 page a visitor would get."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import handler400, handler403, handler404, handler500, urlpatterns

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]


def boom(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("secret-internal-detail: the database password is hunter2")


urlpatterns = [path("boom/", boom), *urlpatterns]
