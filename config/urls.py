from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims.views import account

admin.site.site_header = "Claimdesk administration"
admin.site.site_title = "Claimdesk admin"

urlpatterns = [
    # Every logout, the admin's too, ends the API login tokens (claims.views.account.logout).
    path("admin/logout/", account.logout),
    path("admin/", admin.site.urls),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", account.logout, name="logout"),
    path("api/", include("claims.api.urls")),
    path("", include("claims.urls")),
]
