"""Exchange formats: ClaimReview (public), Web Annotations, CSV and desk JSON (issue 7)."""

from __future__ import annotations

from django.urls import path

from . import views_interop as views

app_name = "interop"

urlpatterns = [
    path("published/<int:pk>/", views.claim_published, name="published"),
    path("claims/<int:pk>/claimreview.json", views.claim_claimreview, name="claimreview"),
    path("desks/<slug:slug>/claimreview.json", views.desk_claimreview_feed, name="desk_feed"),
    path("claims/<int:pk>/annotation.jsonld", views.claim_annotation, name="annotation"),
    path("articles/<int:pk>/annotations.jsonld", views.article_annotations, name="article_annotations"),
    path("articles/<int:pk>/annotations/import/", views.article_annotations_import, name="article_annotations_import"),
    path("claims/export.csv", views.claims_csv, name="claims_csv"),
    path("claims/import/", views.claims_import, name="claims_import"),
    path("desks/<slug:slug>/export.json", views.desk_export, name="desk_export"),
]
