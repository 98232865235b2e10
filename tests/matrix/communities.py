"""Rows for the communities app."""

from __future__ import annotations

from tests.matrix import Route, answers

ROUTES = [
    Route(
        "communities:detail",
        lambda w: f"/groups/{w.community.slug}/",
        answers(200),
    ),
]
