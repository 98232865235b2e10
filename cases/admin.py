"""Admin for cases: metadata only. Case and reply text is read through a flag, never here."""

from __future__ import annotations

from django.contrib import admin

from cases.models import Case, CaseTag, Flag


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ("code", "community", "status", "visibility", "created_at", "purged_at")
    list_filter = ("status", "visibility")
    search_fields = ("code",)
    fields = ("code", "community", "status", "visibility", "created_at", "closed_at", "purged_at")
    readonly_fields = fields

    def has_add_permission(self, request: object) -> bool:
        return False


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ("code", "reason", "created_at", "outcome", "resolved_at")
    list_filter = ("reason", "outcome")
    fields = ("code", "reason", "created_at", "outcome", "resolved_at")
    readonly_fields = fields

    def has_add_permission(self, request: object) -> bool:
        return False


admin.site.register(CaseTag)
