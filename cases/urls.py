from django.urls import path

from cases import views

app_name = "cases"
urlpatterns = [
    path("groups/<slug:slug>/cases/", views.case_list, name="list"),
    path("groups/<slug:slug>/cases/new/", views.create, name="create"),
    path("groups/<slug:slug>/cases/check/", views.check, name="check"),
    path("groups/<slug:slug>/moderation/", views.group_moderation, name="group_moderation"),
    path("search/", views.search_view, name="search"),
    path("cases/<str:code>/", views.detail, name="detail"),
    path("cases/<str:code>/edit/", views.edit, name="edit"),
    path("cases/<str:code>/revisions/", views.revisions, name="revisions"),
    path("cases/<str:code>/close/", views.close, name="close"),
    path("cases/<str:code>/follow/", views.follow, name="follow"),
    path("cases/<str:code>/unfollow/", views.unfollow, name="unfollow"),
    path("cases/<str:code>/recuse/", views.recuse, name="recuse"),
    path("cases/<str:code>/recuse/undo/", views.unrecuse, name="unrecuse"),
    path("cases/<str:code>/flag/", views.flag, name="flag"),
    path("cases/<str:code>/reply/", views.reply, name="reply"),
    path("cases/<str:code>/replies/<str:reply_code>/edit/", views.reply_edit, name="reply_edit"),
    path(
        "cases/<str:code>/replies/<str:reply_code>/delete/",
        views.reply_delete,
        name="reply_delete",
    ),
    path(
        "cases/<str:code>/replies/<str:reply_code>/revisions/",
        views.reply_revisions,
        name="reply_revisions",
    ),
    path("moderation/", views.moderation, name="moderation"),
    path("moderation/flags/<str:code>/", views.flag_review, name="flag_review"),
    path("moderation/flags/<str:code>/act/", views.flag_act, name="flag_act"),
    path("moderation/flags/<str:code>/redact/", views.redact, name="redact"),
]
