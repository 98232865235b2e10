"""Loads the demo dataset. Idempotent. Lives in the top layer because it seeds every app."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from communities import demo as communities_demo


class Command(BaseCommand):
    help = "Create or refresh the demo accounts, groups, cases and meetings."

    def handle(self, *args: Any, **options: Any) -> None:
        users = communities_demo.seed()
        self.stdout.write(self.style.SUCCESS(f"Demo data ready ({len(users)} accounts)."))
