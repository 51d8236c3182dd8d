from django.urls import path

from . import views, views_history, views_lists, views_suggestions

app_name = "claims"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/new/", views.article_import, name="import"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>/claims/new/", views.claim_new, name="claim-new"),
    path("articles/<int:pk>/revise/", views.article_revise, name="article-revise"),
    path("articles/<int:pk>/suggestions/", views_suggestions.suggestions_refresh, name="suggestions-refresh"),
    path("suggestions/<int:pk>/accept/", views_suggestions.suggestion_accept, name="suggestion-accept"),
    path("suggestions/<int:pk>/reject/", views_suggestions.suggestion_reject, name="suggestion-reject"),
    path(
        "suggestions/<int:pk>/accept-speaker/",
        views_suggestions.suggestion_accept_speaker,
        name="suggestion-accept-speaker",
    ),
    path("claims/", views_lists.claim_list, name="list"),
    path("claims/new/", views_lists.claim_create, name="claim-create"),
    path("claims/assign/", views_lists.claim_bulk_assign, name="bulk-assign"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("claims/<int:pk>/attribution/", views.claim_attribution, name="attribution"),
    path("claims/<int:pk>/verdict/", views.claim_verdict, name="verdict"),
    path("claims/<int:pk>/sources/", views.source_add, name="source-add"),
    path("claims/<int:pk>/notes/", views.note_add, name="note-add"),
    path("claims/<int:pk>/transition/", views.claim_transition, name="transition"),
    path("claims/<int:pk>/history/", views_history.claim_history, name="claim-history"),
    path("claims/<int:pk>/history/restore/", views_history.claim_restore, name="claim-restore"),
    path("articles/<int:pk>/history/", views_history.article_history, name="article-history"),
    path("sources/<int:pk>/edit/", views.source_edit, name="source-edit"),
    path("sources/<int:pk>/delete/", views.source_delete, name="source-delete"),
    path("notes/<int:pk>/resolve/", views.note_resolve, name="note-resolve"),
    path("speakers/options/", views.speaker_options, name="speaker-options"),
    path("queue/", views_lists.my_queue, name="queue"),
    path("notifications/", views_lists.notifications, name="notifications"),
    path("nav-counts/", views_lists.nav_counts, name="nav-counts"),
]
