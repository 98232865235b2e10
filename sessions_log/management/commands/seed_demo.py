"""Loads the demo dataset. Idempotent. Lives in the top layer because it seeds every app."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from cases import demo as cases_demo
from communities import demo as communities_demo
from sessions_log import demo as sessions_log_demo


class Command(BaseCommand):
    help = "Create or refresh the demo accounts, groups, cases and meetings."

    def handle(self, *args: Any, **options: Any) -> None:
        users = communities_demo.seed()
        cases_demo.seed()
        sessions_log_demo.seed()
        self.stdout.write(self.style.SUCCESS(f"Demo data ready ({len(users)} accounts)."))
