"""Capacity is never exceeded, even when two facilitators approve at the same instant.

Runs against PostgreSQL with real transactions, one thread (and connection) per facilitator.
"""

from __future__ import annotations

import threading
import time

import pytest
from django.db import close_old_connections, connection

from communities import services
from communities.models import Community, Membership
from tests.communities.helpers import add_members, clinician, group_with_facilitator
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _run_together(*jobs: object) -> list[object]:
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def run(index: int, job: object) -> None:
        try:
            barrier.wait(timeout=10)
            results[index] = job()  # type: ignore[operator]
        except Exception as error:
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    close_old_connections()
    return results


def test_two_facilitators_approving_the_last_place_at_once_admit_only_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert connection.vendor == "postgresql"
    community, first_facilitator = group_with_facilitator(capacity=3)
    second_facilitator = MembershipFactory(
        community=community, role=Membership.Role.FACILITATOR
    ).user
    applicants = [clinician(), clinician()]
    pending = [
        services.request_to_join(user=applicant, community=community, note="")
        for applicant in applicants
    ]
    # Widen the window between counting members and admitting: without the row lock both
    # approvals would count two members and both would admit.
    counted = services._active_count

    def slow_count(group: Community) -> int:
        n = counted(group)
        time.sleep(0.3)
        return n

    monkeypatch.setattr(services, "_active_count", slow_count)

    results = _run_together(
        lambda: services.approve_join_request(actor=first_facilitator, membership=pending[0]),
        lambda: services.approve_join_request(actor=second_facilitator, membership=pending[1]),
    )

    admitted = [r for r in results if isinstance(r, Membership)]
    refused = [r for r in results if isinstance(r, services.Refused)]
    assert len(admitted) == 1, results
    assert len(refused) == 1 and "is full" in str(refused[0])
    assert community.memberships.filter(status=Membership.Status.ACTIVE).count() == 3
    statuses = sorted(
        Membership.objects.filter(pk__in=[p.pk for p in pending]).values_list("status", flat=True)
    )
    assert statuses == [Membership.Status.ACTIVE, Membership.Status.PENDING]


def test_many_simultaneous_approvals_never_exceed_capacity() -> None:
    community, facilitator = group_with_facilitator(capacity=5)
    add_members(community, 2)  # with the facilitator: 3 of 5 places taken
    pending = [
        services.request_to_join(user=clinician(), community=community, note="") for _ in range(6)
    ]
    results = _run_together(
        *[
            (lambda p=p: services.approve_join_request(actor=facilitator, membership=p))
            for p in pending
        ]
    )
    assert sum(isinstance(r, Membership) for r in results) == 2
    assert sum(isinstance(r, services.Refused) for r in results) == 4
    assert community.memberships.filter(status=Membership.Status.ACTIVE).count() == 5
