"""Hooks through which the apps above communities add to its pages and to the user's data.

``communities`` may not import ``cases`` or ``sessions_log`` (the layers contract), yet the
group home shows the next meeting and recent cases, the data export includes cases and hours,
and deleting an account may purge case texts. Upper apps register here in their
``AppConfig.ready()``::

    from communities import extensions

    extensions.register_group_panel(extensions.GroupPanel(
        name="next-meeting",
        template="sessions_log/panels/next_meeting.html",
        get_context=next_meeting_panel,   # (viewer, community, membership) -> dict | None
        order=10,
    ))
    extensions.register_exporter("cases", export_cases)          # (user) -> JSON-able data
    extensions.register_account_eraser("cases", erase_cases)     # (*, user, purge_case_texts)

A panel's ``get_context`` returns None to show nothing (for example to a non-member, or to a
member who has not accepted the current covenant, who must not see case titles). It is called
once per page with the group home's viewer; keep its query count constant.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from communities.models import Community, Membership, User


class PanelContext(Protocol):
    def __call__(
        self, viewer: User | AnonymousUser, community: Community, membership: Membership | None
    ) -> dict[str, Any] | None: ...


class AccountEraser(Protocol):
    def __call__(self, *, user: User, purge_case_texts: bool) -> None: ...


@dataclass(frozen=True)
class GroupPanel:
    name: str
    template: str
    get_context: PanelContext
    order: int = 100


@dataclass(frozen=True)
class RenderedPanel:
    name: str
    template: str
    context: dict[str, Any]


_PANELS: dict[str, GroupPanel] = {}
_EXPORTERS: dict[str, Callable[[User], Any]] = {}
_ERASERS: dict[str, AccountEraser] = {}


def register_group_panel(panel: GroupPanel) -> None:
    _PANELS[panel.name] = panel


def register_exporter(name: str, export: Callable[[User], Any]) -> None:
    """``export(user)`` returns JSON-serialisable data; it appears under ``name`` in the file."""
    _EXPORTERS[name] = export


def register_account_eraser(name: str, erase: AccountEraser) -> None:
    """``erase(user=..., purge_case_texts=...)`` runs inside the deletion's transaction, before
    the profile is anonymised."""
    _ERASERS[name] = erase


def group_panels(
    viewer: User | AnonymousUser, community: Community, membership: Membership | None
) -> list[RenderedPanel]:
    rendered = []
    for panel in sorted(_PANELS.values(), key=lambda p: (p.order, p.name)):
        context = panel.get_context(viewer, community, membership)
        if context is not None:
            rendered.append(RenderedPanel(panel.name, panel.template, context))
    return rendered


def exporters() -> dict[str, Callable[[User], Any]]:
    return dict(_EXPORTERS)


def account_erasers() -> dict[str, AccountEraser]:
    return dict(_ERASERS)
