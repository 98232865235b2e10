"""Profiles: edited at /me/profile/, seen only by people who share a group, and moderators."""

from __future__ import annotations

import pytest

from communities.models import Membership, User
from tests.communities.helpers import add_members, clinician, group_with_facilitator, signed_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_clinician_edits_their_profile() -> None:
    user = clinician()
    response = signed_in(user).post(
        "/me/profile/",
        {
            "display_name": "Dr Ana Ruiz",
            "credentials": "PhD",
            "licence_type": "Licensed psychologist",
            "licence_jurisdiction": "Berlin",
            "modalities": "EMDR, DBT, ,EMDR",
            "time_zone": "Europe/Berlin",
            "bio": "Trauma work with adults.",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.display_name == "Dr Ana Ruiz"
    assert user.modalities == ["DBT", "EMDR"]
    assert user.licence_jurisdiction == "Berlin"


def test_an_unknown_time_zone_is_refused() -> None:
    user = clinician()
    response = signed_in(user).post(
        "/me/profile/", {"display_name": "X", "time_zone": "Mars/Olympus"}
    )
    assert response.status_code == 422
    user.refresh_from_db()
    assert user.time_zone == "Europe/Berlin"


def test_people_who_share_a_group_see_each_others_profiles() -> None:
    community, _ = group_with_facilitator()
    a, b = add_members(community, 2)
    User.objects.filter(pk=b.pk).update(bio="I work with adolescents.")
    response = signed_in(a).get(f"/people/{b.code}/")
    assert response.status_code == 200
    assert "I work with adolescents." in response.content.decode()


def test_a_profile_is_hidden_from_people_who_share_no_group() -> None:
    community, _ = group_with_facilitator()
    (member,) = add_members(community, 1)
    assert signed_in(clinician()).get(f"/people/{member.code}/").status_code == 404


def test_a_pending_applicant_does_not_share_the_group_yet() -> None:
    community, _ = group_with_facilitator()
    (member,) = add_members(community, 1)
    applicant = clinician()
    Membership.objects.create(user=applicant, community=community)
    assert signed_in(applicant).get(f"/people/{member.code}/").status_code == 404


def test_moderators_see_every_profile() -> None:
    moderator = UserFactory(is_site_moderator=True)
    from tests.conftest import enrol_totp

    enrol_totp(moderator)
    assert signed_in(moderator).get(f"/people/{clinician().code}/").status_code == 200


def test_profile_addresses_use_codes_not_sequential_ids() -> None:
    user = clinician()
    assert signed_in(user).get(f"/people/{user.pk}/").status_code == 404
    assert len(user.code) == 10 and not user.code.isdigit()
