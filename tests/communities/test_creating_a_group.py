"""Creating a group at /groups/new/."""

from __future__ import annotations

import pytest

from communities import services
from communities.models import AuditEvent, Community, CovenantVersion, Membership, ModalityTag
from tests.communities.helpers import clinician, signed_in
from tests.factories import CommunityFactory

pytestmark = pytest.mark.django_db


def _form(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "name": "EMDR consultation",
        "slug": "emdr-consult",
        "description": "Monthly consultation.",
        "focus": "EMDR certification hours",
        "meeting_rhythm": "Second Tuesday, 18:30",
        "tags": [ModalityTag.objects.get(slug="emdr").pk],
        "visibility": "listed",
        "join_policy": "request",
        "capacity": "8",
        "time_zone": "Europe/Berlin",
        "retention_months": "24",
        "covenant": services.DEFAULT_COVENANT,
    }
    data.update(overrides)
    return data


def test_the_form_offers_the_default_covenant_to_edit() -> None:
    response = signed_in(clinician()).get("/groups/new/")
    assert response.status_code == 200
    assert "No recording, and no AI transcription" in response.content.decode()


def test_the_creator_becomes_the_facilitator_of_the_new_group() -> None:
    creator = clinician()
    response = signed_in(creator).post("/groups/new/", _form())
    assert response.status_code == 302
    community = Community.objects.get(slug="emdr-consult")
    assert response["Location"] == f"/groups/{community.slug}/"
    membership = Membership.objects.get(community=community, user=creator)
    assert membership.role == Membership.Role.FACILITATOR
    assert membership.covenant_accepted_version == 1
    assert community.capacity == 8 and community.retention_months == 24
    assert list(community.tags.values_list("slug", flat=True)) == ["emdr"]
    assert CovenantVersion.objects.get(community=community).version == 1
    assert set(AuditEvent.objects.filter(community=community).values_list("action", flat=True)) == {
        "group_created",
        "covenant_version",
    }


def test_a_taken_slug_is_refused_with_a_clear_message_and_nothing_is_created() -> None:
    CommunityFactory(slug="emdr-consult")
    response = signed_in(clinician()).post("/groups/new/", _form())
    assert response.status_code == 422
    assert "taken by another group" in response.content.decode()
    assert Community.objects.filter(slug="emdr-consult").count() == 1
    assert not Membership.objects.filter(community__slug="emdr-consult").exists()


def test_the_service_refuses_a_taken_slug_too() -> None:
    CommunityFactory(slug="taken")
    with pytest.raises(services.Refused, match="taken"):
        services.create_community(creator=clinician(), name="X", slug="taken", covenant_text="Y")


def test_an_empty_covenant_is_refused_and_nothing_is_created() -> None:
    response = signed_in(clinician()).post("/groups/new/", _form(covenant="   "))
    assert response.status_code == 422
    assert "covenant" in response.content.decode().lower()
    assert not Community.objects.filter(slug="emdr-consult").exists()


@pytest.mark.parametrize("capacity", ["2", "31", "ten"])
def test_a_capacity_outside_3_to_30_is_refused(capacity: str) -> None:
    response = signed_in(clinician()).post("/groups/new/", _form(capacity=capacity))
    assert response.status_code == 422
    assert not Community.objects.filter(slug="emdr-consult").exists()


def test_a_retention_period_outside_the_choices_is_refused() -> None:
    response = signed_in(clinician()).post("/groups/new/", _form(retention_months="3"))
    assert response.status_code == 422
    assert not Community.objects.exists()


def test_someone_without_a_confirmed_address_is_sent_to_confirm_it() -> None:
    user = clinician()
    user.emailaddress_set.update(verified=False)
    response = signed_in(user).post("/groups/new/", _form())
    assert response.status_code == 302
    assert response["Location"] == "/accounts/email/"
    assert not Community.objects.exists()
