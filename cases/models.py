"""Data and invariants of this app (filled in by its issue)."""
