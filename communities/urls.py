from django.urls import path

from communities import views

app_name = "communities"
urlpatterns = [
    path("groups/", views.directory, name="directory"),
    path("groups/new/", views.create, name="create"),
    path("groups/<slug:slug>/", views.detail, name="detail"),
    path("groups/<slug:slug>/members/", views.members, name="members"),
    path("groups/<slug:slug>/members/<str:code>/role/", views.member_role, name="member_role"),
    path(
        "groups/<slug:slug>/members/<str:code>/remove/", views.remove_member, name="remove_member"
    ),
    path("groups/<slug:slug>/settings/", views.settings_page, name="settings"),
    path("groups/<slug:slug>/covenant/", views.covenant, name="covenant"),
    path("groups/<slug:slug>/covenant/edit/", views.covenant_edit, name="covenant_edit"),
    path("groups/<slug:slug>/join/", views.join, name="join"),
    path("groups/<slug:slug>/requests/", views.requests, name="requests"),
    path("groups/<slug:slug>/requests/<str:code>/", views.decide, name="decide"),
    path("groups/<slug:slug>/invitations/", views.invitations, name="invitations"),
    path(
        "groups/<slug:slug>/invitations/revoke/",
        views.revoke_invitation,
        name="revoke_invitation",
    ),
    path("groups/<slug:slug>/leave/", views.leave, name="leave"),
    path("groups/<slug:slug>/message/", views.decision_message, name="decision_message"),
    path("groups/<slug:slug>/audit/", views.group_audit, name="group_audit"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("people/<str:code>/", views.person, name="person"),
    path("me/profile/", views.profile, name="profile"),
    path("me/export/", views.export, name="export"),
    path("me/delete/", views.delete_account, name="delete_account"),
    path("moderation/audit/", views.audit, name="audit"),
    path("moderation/people/", views.people, name="people"),
    path("moderation/people/<str:code>/suspend/", views.suspend, name="suspend"),
    path("moderation/people/<str:code>/reactivate/", views.reactivate, name="reactivate"),
    path("moderation/groups/", views.moderation_groups, name="moderation_groups"),
    path("moderation/groups/<slug:slug>/archive/", views.archive, name="archive"),
]

# --- Mail preferences and outbox
urlpatterns += [
    path("me/notifications/", views.notifications, name="notifications"),
    path(
        "me/notifications/calendar-token/",
        views.rotate_calendar_token,
        name="rotate_calendar_token",
    ),
    path("me/notifications/resume/", views.resume_mail, name="resume_mail"),
    path("mail/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("moderation/outbox/", views.outbox, name="outbox"),
    path("dev/mail/", views.dev_mail, name="dev_mail"),
]
