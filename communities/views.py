"""Views of communities: check method, load-and-authorize, validate, call a service, render."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from communities import access
from communities.models import Membership


@require_GET
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    community = access.community_for_viewer(request.user, slug)
    facilitators = [
        m.user
        for m in community.memberships.filter(
            role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE
        ).select_related("user")
    ]
    return render(
        request,
        "communities/detail.html",
        {
            "community": community,
            "facilitators": facilitators,
            "membership": access.membership_for(request.user, community),
        },
    )
