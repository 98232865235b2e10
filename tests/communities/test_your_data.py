"""Your data: the JSON export and deleting the account."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from communities import extensions, services
from communities.models import Membership, User
from tests.communities.helpers import add_members, clinician, group_with_facilitator, signed_in

pytestmark = pytest.mark.django_db


def _recently_reauthenticated(user: User) -> Client:
    client = signed_in(user)
    session = client.session
    session["account_authentication_methods"] = [
        {"method": "password", "at": time.time(), "reauthenticated": True}
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return client


@pytest.fixture
def registered_hooks() -> Iterator[dict[str, Any]]:
    calls: dict[str, Any] = {}

    def export(user: User) -> list[dict[str, str]]:
        return [{"title": "A case"}]

    def erase(*, user: User, purge_case_texts: bool) -> None:
        calls["erase"] = (user.pk, purge_case_texts)

    extensions.register_exporter("test_cases", export)
    extensions.register_account_eraser("test_cases", erase)
    yield calls
    extensions._EXPORTERS.pop("test_cases")
    extensions._ERASERS.pop("test_cases")


def test_the_export_is_a_json_file_of_the_profile_memberships_and_other_apps_data(
    registered_hooks: dict[str, Any],
) -> None:
    community, _ = group_with_facilitator()
    (member,) = add_members(community, 1)
    response = signed_in(member).get("/me/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["profile"]["email"] == member.email
    assert data["memberships"][0]["slug"] == community.slug
    assert data["test_cases"] == [{"title": "A case"}]


def test_deleting_the_account_asks_for_the_password_again() -> None:
    user = clinician()
    response = signed_in(user).post("/me/delete/", {"purge_case_texts": "0", "confirm": "on"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    user.refresh_from_db()
    assert user.anonymised_at is None


def test_a_deleted_account_becomes_former_member_and_upper_apps_are_asked_to_purge(
    registered_hooks: dict[str, Any],
) -> None:
    community, _ = group_with_facilitator()
    (member,) = add_members(community, 1)
    client = _recently_reauthenticated(member)
    assert client.get("/me/delete/").status_code == 200
    response = client.post("/me/delete/", {"purge_case_texts": "1", "confirm": "on"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.public_name == "Former member"
    assert member.anonymised_at and not member.is_active and not member.has_usable_password()
    assert member.bio == "" and member.display_name == "" and member.email.endswith(".invalid")
    assert not EmailAddress.objects.filter(user=member).exists()
    assert Membership.objects.get(user=member).status == Membership.Status.LEFT
    assert registered_hooks["erase"] == (member.pk, True)
    assert client.get("/me/profile/").status_code == 302  # signed out


def test_the_only_facilitator_must_hand_over_before_deleting() -> None:
    _, facilitator = group_with_facilitator()
    client = _recently_reauthenticated(facilitator)
    response = client.post("/me/delete/", {"purge_case_texts": "0", "confirm": "on"})
    assert response.status_code == 422
    assert "only facilitator" in response.content.decode()
    facilitator.refresh_from_db()
    assert facilitator.anonymised_at is None


def test_deleting_requires_the_confirmation_box() -> None:
    user = clinician()
    response = _recently_reauthenticated(user).post("/me/delete/", {"purge_case_texts": "0"})
    assert response.status_code == 422
    user.refresh_from_db()
    assert user.anonymised_at is None


def test_the_service_keeps_case_texts_unless_asked(registered_hooks: dict[str, Any]) -> None:
    user = clinician()
    services.delete_account(user=user, purge_case_texts=False)
    assert registered_hooks["erase"] == (user.pk, False)
