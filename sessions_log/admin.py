from django.contrib import admin

from sessions_log.models import Certificate, HoursEntry, Meeting, Occurrence


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ("title", "community", "frequency", "start_local", "time_zone")
    search_fields = ("title", "community__name")
    raw_id_fields = ("community", "created_by")


@admin.register(Occurrence)
class OccurrenceAdmin(admin.ModelAdmin):
    list_display = ("title", "community", "starts_at", "sequence", "cancelled_at")
    list_filter = ("cancelled_at",)
    raw_id_fields = ("meeting", "community")
    exclude = ("video_link",)


@admin.register(HoursEntry)
class HoursEntryAdmin(admin.ModelAdmin):
    list_display = ("user", "date", "group_name", "minutes", "source")
    raw_id_fields = ("user", "attendance", "community")
    exclude = ("reflection",)  # private to its author


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ("code", "holder_name", "period_start", "period_end", "created_at")
    raw_id_fields = ("user",)
