"""The demo cases: de-identified by the guard's own measure, idempotent, complete."""

from __future__ import annotations

import pytest

from cases import demo
from cases.models import Case, Flag


def test_every_demo_text_passes_the_guard() -> None:
    from cases import phi

    texts = []
    for spec in demo.DEMO_CASES:
        texts += [
            spec[k]
            for k in ("title", "presenting_concern", "background", "tried", "question")
            if spec.get(k)
        ]
        texts += [spec.get("takeaways", ""), ", ".join(spec["tags"])]
        texts += [body for _, body in spec["replies"]]
    flagged = {text[:40]: phi.scan(text) for text in texts if text and phi.scan(text)}
    assert not flagged


@pytest.mark.django_db
def test_seeding_twice_creates_each_case_once_with_a_closed_and_a_flagged_one() -> None:
    from communities import demo as communities_demo

    communities_demo.seed()
    first = demo.seed()
    assert demo.seed() == 0
    assert first == Case.objects.count() >= 3
    assert Case.objects.filter(status=Case.Status.CLOSED).exclude(takeaways="").exists()
    assert Flag.objects.filter(resolved_at__isnull=True).exists()


@pytest.mark.django_db
def test_seeding_without_the_demo_groups_does_nothing() -> None:
    assert demo.seed() == 0
