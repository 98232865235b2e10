from django.urls import URLPattern, path

from sessions_log import views

app_name = "sessions_log"
urlpatterns: list[URLPattern] = [
    path("groups/<slug:slug>/meetings/", views.meeting_list, name="list"),
    path("groups/<slug:slug>/meetings/new/", views.create, name="create"),
    path("groups/<slug:slug>/meetings/rhythm/", views.rhythm, name="rhythm"),
    # Before meetings/<code>/, which would otherwise take "check" for a meeting code.
    path("meetings/check/", views.check, name="check"),
    path("meetings/<str:code>/", views.detail, name="detail"),
    path("meetings/<str:code>/rsvp/", views.rsvp, name="rsvp"),
    path("meetings/<str:code>/edit/", views.edit, name="edit"),
    path("meetings/<str:code>/cancel/", views.cancel, name="cancel"),
    path("meetings/<str:code>/agenda/", views.propose, name="propose"),
    path("meetings/<str:code>/agenda/settle/", views.settle, name="settle"),
    path("meetings/<str:code>/invite.ics", views.invite, name="invite"),
    path("meetings/<str:code>/log/", views.session_log, name="log"),
    path("meetings/<str:code>/log/sign-off/", views.sign_off, name="sign_off"),
    path("calendar/<str:token>.ics", views.feed, name="feed"),
    path("me/hours/", views.hours, name="hours"),
    path("me/hours/add/", views.hours_add, name="hours_add"),
    path("me/hours/reflection/", views.reflection, name="reflection"),
    path("me/hours/export.csv", views.hours_csv, name="hours_csv"),
    path("me/hours/certificate/", views.certificate, name="certificate"),
    path("me/hours/certificates/<str:code>.pdf", views.certificate_pdf, name="certificate_pdf"),
    path("verify/<str:code>/", views.verify, name="verify"),
]
