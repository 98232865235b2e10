from django.apps import AppConfig


class SessionsLogConfig(AppConfig):
    name = "sessions_log"
    verbose_name = "Meetings and consultation hours"

    def ready(self) -> None:
        from communities import extensions
        from sessions_log import mail, panels

        mail.register_kinds()
        extensions.register_group_panel(
            extensions.GroupPanel(
                name="next-meeting",
                template="sessions_log/panels/next_meeting.html",
                get_context=panels.next_meeting_panel,
                order=10,
            )
        )
        extensions.register_exporter("hours", panels.export_hours)
        extensions.register_account_eraser("sessions_log", panels.erase_account)
