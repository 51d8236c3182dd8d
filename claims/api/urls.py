"""The JSON API under /api/: schema, docs, token and the desk's objects."""

from __future__ import annotations

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "api"

router = DefaultRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("sources", views.SourceViewSet, basename="source")
router.register("notes", views.NoteViewSet, basename="note")
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("ratings", views.RatingViewSet, basename="rating")
router.register("publications", views.PublicationViewSet, basename="publication")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Swagger UI with its script served from our origin (no inline script), for the CSP.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("token/", views.token_obtain, name="token"),
    *router.urls,
    # Last: any other address under /api/ (an id that is not a number) is the API's JSON 404,
    # not the pages' HTML one. Only addresses ending in a slash, so APPEND_SLASH still redirects.
    re_path(r"^.*/$", views.not_found),
]
