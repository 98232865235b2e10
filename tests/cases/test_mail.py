"""The cases mail kinds: registered, re-checked at send time, never carrying bodies."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from cases.mail import build_flag_outcome, build_reply, build_warning
from cases.models import Case, Flag, Recusal
from communities.mail import Skip, registered_kinds
from communities.models import OutboxMessage, User
from tests.cases.conftest import make_reply


def test_the_cases_kinds_are_registered() -> None:
    kinds = registered_kinds()
    assert kinds["reply"].category == "replies"
    assert "case_flag_outcome" in kinds and "case_warning" in kinds


def test_reply_mail_is_skipped_when_the_recipient_recused_in_the_meantime(
    case: Case, member: User, add_member: Callable[..., User], login: Callable[[User], Client]
) -> None:
    reply = make_reply(case, add_member())
    message = OutboxMessage.objects.create(
        key="t", kind="reply", recipient=member, to_email=member.email, context={"reply": reply.pk}
    )
    Recusal.objects.create(case=case, user=member)
    with pytest.raises(Skip):
        build_reply(message)


def test_reply_mail_is_skipped_when_the_case_was_hidden(
    case: Case, member: User, add_member: Callable[..., User]
) -> None:
    reply = make_reply(case, add_member())
    message = OutboxMessage.objects.create(
        key="t", kind="reply", recipient=member, to_email=member.email, context={"reply": reply.pk}
    )
    Case.objects.filter(pk=case.pk).update(visibility=Case.Visibility.PENDING_REVIEW)
    with pytest.raises(Skip):
        build_reply(message)


def test_flag_outcome_and_warning_mail_carry_no_case_text(
    case: Case, member: User, facilitator: User, login: Callable[[User], Client]
) -> None:
    flag = Flag.objects.create(case=case, flagged_by=facilitator, reason="disrespectful")
    login(facilitator).post(f"/moderation/flags/{flag.code}/act/", {"action": "warn"})
    outcome = build_flag_outcome(OutboxMessage.objects.get(kind="case_flag_outcome"))
    warning = build_warning(OutboxMessage.objects.get(kind="case_warning"))
    assert outcome["outcome"] == "Author warned"
    assert warning["case_title"] == case.title
    for context in (outcome, warning):
        assert case.question not in str(context) and case.background not in str(context)
