from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from communities.models import (
    AuditEvent,
    Community,
    CovenantVersion,
    Invitation,
    Membership,
    ModalityTag,
    NotificationPreferences,
    OutboxMessage,
    User,
)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "credentials", "is_site_moderator", "suspended_at"]
    search_fields = ["email", "display_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("display_name", "credentials", "licence_type",
                                "licence_jurisdiction", "modalities", "time_zone", "bio")}),
        ("Standing", {"fields": ("is_active", "is_site_moderator", "suspended_at",
                                 "anonymised_at", "is_staff", "is_superuser")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)


admin.site.register(ModalityTag)


@admin.register(Community)
class CommunityAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "visibility", "join_policy", "capacity", "archived_at"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "community", "role", "status", "covenant_accepted_version"]
    list_filter = ["role", "status"]
    raw_id_fields = ["user", "community", "decided_by"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "actor", "community", "target"]
    list_filter = ["action"]

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ["key", "kind", "to_email", "state", "attempts", "next_attempt_at", "sent_at"]
    list_filter = ["state", "kind"]
    search_fields = ["key", "to_email"]


admin.site.register(CovenantVersion)
admin.site.register(Invitation)
admin.site.register(NotificationPreferences)
