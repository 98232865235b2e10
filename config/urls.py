from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from config import views

admin.autodiscover()
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]
admin.site.site_header = "Practica administration"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("", include("communities.urls")),
    path("", include("cases.urls")),
    path("", include("sessions_log.urls")),
]

if settings.PRACTICA_BENCH:  # `make bench` only: the ceiling every page is compared with
    from bench.views import ceiling

    urlpatterns.append(path("bench/ceiling", ceiling, name="bench_ceiling"))

handler400 = "config.errors.bad_request"
handler403 = "config.errors.permission_denied"
handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"
