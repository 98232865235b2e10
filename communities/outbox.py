"""The outbox dispatcher: claims due rows, re-checks them, renders and sends.

(Placeholder-free minimal version; the mail outbox issue completes it.)
"""

from __future__ import annotations


def dispatch_due(*, limit: int = 100) -> int:
    """Send what is due; returns how many rows were handled."""
    return 0
