"""Celery adapters for the cases app: they take ids, load and call a service."""

from __future__ import annotations

from celery import shared_task


@shared_task(ignore_result=True)
def purge_expired_cases() -> int:
    """Daily: each group with a retention period gets its own purge (one transaction each)."""
    from cases import services

    for community_id in services.communities_with_retention():
        purge_expired_cases_of_group.delay(community_id)
    return len(services.communities_with_retention())


@shared_task(ignore_result=True)
def purge_expired_cases_of_group(community_id: int) -> dict[str, int]:
    from cases import services
    from communities.models import Community

    community = Community.objects.filter(pk=community_id).first()
    if community is None:
        return {"cases": 0, "replies": 0}
    return services.purge_expired_content(community=community)
