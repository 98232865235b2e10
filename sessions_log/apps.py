from django.apps import AppConfig


class SessionsLogConfig(AppConfig):
    name = "sessions_log"
    verbose_name = "Meetings and consultation hours"
