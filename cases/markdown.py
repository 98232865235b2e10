"""Markdown to safe HTML: markdown-it-py with raw HTML off, then nh3 as the last word."""

from __future__ import annotations

import functools

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]
)

_TAGS = {
    "a", "p", "br", "hr", "em", "strong", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}


def render(text: str) -> SafeString:
    """Render a member's Markdown; links only http(s) and mailto, rel="nofollow noopener"."""
    return mark_safe(_sanitised_html(text or ""))  # noqa: S308 - nh3 has sanitised it


# A case page renders every reply on every view; the profile showed Markdown and nh3 at a
# fifth of the page's CPU. Keyed on the text itself, so an edit is simply a new entry.
@functools.lru_cache(maxsize=1024)
def _sanitised_html(text: str) -> str:
    return nh3.clean(
        _md.render(text),
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener",
        strip_comments=True,
    )
