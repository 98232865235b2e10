from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from communities import services
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
        (
            "Profile",
            {
                "fields": (
                    "display_name",
                    "credentials",
                    "licence_type",
                    "licence_jurisdiction",
                    "modalities",
                    "time_zone",
                    "bio",
                )
            },
        ),
        (
            "Standing",
            {
                "fields": (
                    "code",
                    "is_active",
                    "is_site_moderator",
                    "suspended_at",
                    "anonymised_at",
                    "is_staff",
                    "is_superuser",
                )
            },
        ),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    readonly_fields = ["code", "suspended_at", "anonymised_at"]
    actions = ["suspend_accounts", "reactivate_accounts"]

    @admin.action(description="Suspend the selected accounts (ends their sessions)")
    def suspend_accounts(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        self._each(request, queryset, services.suspend_user)

    @admin.action(description="Reactivate the selected accounts")
    def reactivate_accounts(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        self._each(request, queryset, services.reactivate_user)

    def _each(self, request: HttpRequest, queryset: QuerySet[User], change: Any) -> None:
        # The same services as the moderation pages, so the audit trail is the same too.
        for user in queryset:
            try:
                change(actor=request.user, user=user, ip_address=services.client_ip(request))
            except services.Refused as refusal:
                self.message_user(request, str(refusal), level="warning")


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
    date_hierarchy = "created_at"
    readonly_fields = ["key", "kind", "recipient", "to_email", "context", "message_id", "sent_at"]
    actions = ["retry_messages", "cancel_messages"]

    # --- Mail preferences and outbox: the same audited services as /moderation/outbox/.
    def changelist_view(self, request: Any, extra_context: dict[str, Any] | None = None) -> Any:
        from communities import outbox

        oldest = (
            OutboxMessage.objects.filter(state="pending", next_attempt_at__lte=timezone.now())
            .order_by("due_at")
            .values_list("due_at", flat=True)
            .first()
        )
        counts = ", ".join(f"{state} {n}" for state, n in outbox.pending_summary().items())
        age = f"; oldest due pending waited {timezone.now() - oldest}" if oldest else ""
        self.message_user(request, f"Outbox: {counts}{age}.")
        return super().changelist_view(request, extra_context)

    @admin.action(description="Retry selected messages (audited)")
    def retry_messages(self, request: Any, queryset: Any) -> None:
        self._act(request, queryset, services.retry_outbox_message)

    @admin.action(description="Cancel selected messages (audited)")
    def cancel_messages(self, request: Any, queryset: Any) -> None:
        self._act(request, queryset, services.cancel_outbox_message)

    def _act(self, request: Any, queryset: Any, act: Any) -> None:
        done, refused = 0, []
        for pk in queryset.values_list("pk", flat=True):
            try:
                act(actor=request.user, message_id=pk, ip_address=services.client_ip(request))
                done += 1
            except ValueError as error:
                refused.append(str(error))
        self.message_user(request, f"{done} changed; {len(refused)} not: {'; '.join(refused[:5])}")


admin.site.register(CovenantVersion)
admin.site.register(Invitation)
admin.site.register(NotificationPreferences)
