from django.urls import path

from communities import views

app_name = "communities"
urlpatterns = [
    path("groups/<slug:slug>/", views.detail, name="detail"),
]
