from django.urls import URLPattern

app_name = "sessions_log"
urlpatterns: list[URLPattern] = []
