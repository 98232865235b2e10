"""Search over the cases and replies a user may see.

PostgreSQL: full-text search, ranked, with highlighted snippets (SearchHeadline). SQLite (the
zero-set-up demo): icontains, with a snippet cut around the first match. Either way the
querysets start from ``access.cases_visible_to``/``replies_visible_to``, so recused, hidden,
deleted and purged content never reaches a snippet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet, TextField, Value
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cases import access
from cases.models import Case, Reply
from communities.models import User

MAX_RESULTS = 50
SNIPPET_CHARS = 160
# Markers PostgreSQL puts around matches; they cannot occur in stored text (forms refuse
# control characters), so escaping the snippet and then swapping them in is safe.
_START, _STOP = "\x02", "\x03"


@dataclass(frozen=True)
class Hit:
    case: Case
    reply: Reply | None
    snippet: SafeString
    rank: float
    when: datetime
    title_html: SafeString | None = None


def _safe_snippet(text: str) -> SafeString:
    html = escape(text).replace(_START, "<mark>").replace(_STOP, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our markers become tags


def _filtered_cases(
    user: User, *, group: str = "", status: str = "", tag: str = ""
) -> QuerySet[Case]:
    cases = access.cases_visible_to(user).filter(
        visibility=Case.Visibility.VISIBLE, purged_at__isnull=True
    )
    if group:
        cases = cases.filter(community__slug=group)
    if status:
        cases = cases.filter(status=status)
    if tag:
        cases = cases.filter(tags__slug=tag)
    return cases


def search(
    user: User, query: str, *, group: str = "", status: str = "", tag: str = ""
) -> list[Hit]:
    query = query.strip()
    if not query:
        return []
    cases = _filtered_cases(user, group=group, status=status, tag=tag)
    replies = access.replies_visible_to(user).filter(case__in=cases)
    if connection.vendor == "postgresql":
        return _search_postgres(cases, replies, query)
    return _search_simple(cases, replies, query)


def _search_postgres(cases: QuerySet[Case], replies: QuerySet[Reply], query: str) -> list[Hit]:
    search_query = SearchQuery(query, search_type="websearch", config="english")
    case_vector = (
        SearchVector("title", weight="A", config="english")
        + SearchVector("question", weight="A", config="english")
        + SearchVector(
            "presenting_concern", "background", "tried", "takeaways", weight="B", config="english"
        )
    )
    body = Concat(
        "question",
        Value("\n"),
        "presenting_concern",
        Value("\n"),
        "background",
        Value("\n"),
        "tried",
        Value("\n"),
        "takeaways",
        output_field=TextField(),
    )

    def headline(expression: Any) -> SearchHeadline:
        return SearchHeadline(
            expression,
            search_query,
            config="english",
            start_sel=_START,
            stop_sel=_STOP,
            max_words=30,
            min_words=12,
            max_fragments=2,
        )

    case_hits = (
        cases.annotate(rank=SearchRank(case_vector, search_query))
        .filter(rank__gt=0)
        .annotate(
            snippet=headline(body),
            title_snippet=SearchHeadline(
                "title",
                search_query,
                config="english",
                highlight_all=True,
                start_sel=_START,
                stop_sel=_STOP,
            ),
        )
        .select_related("community")
        .order_by("-rank", "-last_activity_at")[:MAX_RESULTS]
    )
    reply_vector = SearchVector("body", config="english")
    reply_hits = (
        replies.annotate(rank=SearchRank(reply_vector, search_query))
        .filter(rank__gt=0)
        .annotate(snippet=headline("body"))
        .select_related("case__community")
        .order_by("-rank", "-created_at")[:MAX_RESULTS]
    )
    hits = [
        Hit(
            case=c,
            reply=None,
            snippet=_safe_snippet(c.snippet),
            rank=c.rank,
            when=c.last_activity_at,
            title_html=_safe_snippet(c.title_snippet),
        )
        for c in case_hits
    ]
    hits += [
        Hit(
            case=r.case,
            reply=r,
            snippet=_safe_snippet(r.snippet),
            rank=r.rank * 0.8,
            when=r.created_at,
        )
        for r in reply_hits
    ]
    hits.sort(key=lambda hit: (-hit.rank, -hit.when.timestamp()))
    return hits[:MAX_RESULTS]


def _cut(text: str, needle: str) -> str:
    at = text.lower().find(needle.lower())
    if at < 0:
        return text[:SNIPPET_CHARS]
    start = max(0, at - SNIPPET_CHARS // 2)
    end = at + len(needle)
    piece = text[start:at] + _START + text[at:end] + _STOP + text[end : end + SNIPPET_CHARS // 2]
    return ("…" if start else "") + piece


def _search_simple(cases: QuerySet[Case], replies: QuerySet[Reply], query: str) -> list[Hit]:
    fields = ("title", "presenting_concern", "background", "tried", "question", "takeaways")
    match = Q()
    for name in fields:
        match |= Q(**{f"{name}__icontains": query})
    hits = []
    for case in cases.filter(match).select_related("community")[:MAX_RESULTS]:
        text = next(
            (getattr(case, n) for n in fields[1:] if query.lower() in getattr(case, n).lower()),
            case.question,
        )
        title = _cut(case.title, query) if query.lower() in case.title.lower() else case.title
        hits.append(
            Hit(
                case=case,
                reply=None,
                snippet=_safe_snippet(_cut(text, query)),
                rank=1.0,
                when=case.last_activity_at,
                title_html=_safe_snippet(title),
            )
        )
    for reply in replies.filter(body__icontains=query).select_related("case__community")[
        :MAX_RESULTS
    ]:
        hits.append(
            Hit(
                case=reply.case,
                reply=reply,
                snippet=_safe_snippet(_cut(reply.body, query)),
                rank=0.8,
                when=reply.created_at,
            )
        )
    hits.sort(key=lambda hit: (-hit.rank, -hit.when.timestamp()))
    return hits[:MAX_RESULTS]
