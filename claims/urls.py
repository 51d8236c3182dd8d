"""Every page of the app under one namespace, ``claims:``; the API lives in ``claims/api/urls.py``."""

from __future__ import annotations

from django.urls import path

from .views import (
    account,
    articles,
    exchange,
    history,
    jobs,
    lists,
    monitoring,
    panel,
    public,
    records,
    suggestions,
    workspace,
)

app_name = "claims"

urlpatterns = [
    path("", articles.home, name="home"),
    path("language/", account.language_choose, name="language"),
    path("account/tokens/", account.token_list, name="tokens"),
    # articles and the workspace
    path("articles/new/", articles.article_import, name="import"),
    path("articles/<int:pk>/", workspace.article_detail, name="article"),
    path("articles/<int:pk>/claims/new/", workspace.claim_new, name="claim-new"),
    path("articles/<int:pk>/revise/", articles.article_revise, name="article-revise"),
    path("articles/<int:pk>/history/", history.article_history, name="article-history"),
    path("articles/<int:pk>/pulse/", workspace.article_pulse, name="article-pulse"),
    # suggestions
    path("articles/<int:pk>/suggestions/", suggestions.suggestions_refresh, name="suggestions-refresh"),
    path("suggestions/<int:pk>/accept/", suggestions.suggestion_accept, name="suggestion-accept"),
    path("suggestions/<int:pk>/reject/", suggestions.suggestion_reject, name="suggestion-reject"),
    path("suggestions/<int:pk>/undo/", suggestions.suggestion_undo, name="suggestion-undo"),
    path("suggestions/<int:pk>/accept-twins/", suggestions.suggestion_accept_twins, name="suggestion-accept-twins"),
    path(
        "suggestions/<int:pk>/checked-before/",
        suggestions.suggestion_checked_before,
        name="suggestion-checked-before",
    ),
    path(
        "suggestions/<int:pk>/accept-speaker/", suggestions.suggestion_accept_speaker, name="suggestion-accept-speaker"
    ),
    # lists and the queue
    path("claims/", lists.claim_list, name="list"),
    path("claims/new/", lists.claim_create, name="claim-create"),
    path("claims/assign/", lists.claim_bulk_assign, name="bulk-assign"),
    path("claims/options/<slug:name>/", lists.filter_options, name="filter-options"),
    path("queue/", lists.my_queue, name="queue"),
    path("notifications/", lists.notifications, name="notifications"),
    path("nav-counts/", lists.nav_counts, name="nav-counts"),
    # the claim panel
    path("claims/<int:pk>/", panel.claim_detail, name="claim"),
    path("claims/<int:pk>/attribution/", panel.claim_attribution, name="attribution"),
    path("claims/<int:pk>/verdict/", panel.claim_verdict, name="verdict"),
    path("claims/<int:pk>/sources/", panel.source_add, name="source-add"),
    path("claims/<int:pk>/notes/", panel.note_add, name="note-add"),
    path("claims/<int:pk>/tags/", panel.claim_tags, name="tags"),
    path("claims/<int:pk>/checked-before/", panel.checked_before, name="checked-before"),
    path("claims/<int:pk>/same-as/", panel.claim_same_as, name="same-as"),
    path("claims/<int:pk>/transition/", panel.claim_transition, name="transition"),
    path("claims/<int:pk>/pulse/", panel.claim_pulse, name="pulse"),
    path("sources/<int:pk>/edit/", panel.source_edit, name="source-edit"),
    path("sources/<int:pk>/delete/", panel.source_delete, name="source-delete"),
    path("notes/<int:pk>/resolve/", panel.note_resolve, name="note-resolve"),
    path("speakers/options/", panel.speaker_options, name="speaker-options"),
    # history
    path("claims/<int:pk>/history/", history.claim_history, name="claim-history"),
    path("claims/<int:pk>/history/restore/", history.claim_restore, name="claim-restore"),
    # the public side
    path("published/<int:pk>/", public.claim_published, name="published"),
    path("claims/<int:pk>/claimreview.json", public.claim_claimreview, name="claimreview"),
    path("desks/<slug:slug>/claimreview.json", public.desk_claimreview_feed, name="desk-feed"),
    # exchange formats
    path("claims/<int:pk>/annotation.jsonld", exchange.claim_annotation, name="annotation"),
    path("articles/<int:pk>/annotations.jsonld", exchange.article_annotations, name="article-annotations"),
    path("articles/<int:pk>/annotations/import/", exchange.article_annotations_import, name="annotations-import"),
    path("claims/export.csv", exchange.claims_csv, name="export-csv"),
    path("claims/import/", exchange.claims_import, name="import-claims"),
    path("desks/<slug:slug>/export.json", exchange.desk_export, name="desk-export"),
    path("external-checks/", exchange.external_checks, name="external-checks"),
    # the desk's memory
    path("speakers/<int:pk>/", records.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/merge/", records.speaker_merge, name="speaker-merge"),
    path("outlets/<int:pk>/", records.outlet_detail, name="outlet"),
    path("desks/<slug:slug>/dashboard/", records.desk_dashboard, name="dashboard"),
    # jobs and monitoring
    path("jobs/", jobs.job_list, name="jobs"),
    path("jobs/<int:pk>/", jobs.job_detail, name="job"),
    path("jobs/<int:pk>/retry/", jobs.job_retry, name="job-retry"),
    path("jobs/<int:pk>/download/", jobs.job_download, name="job-download"),
    path("triage/", monitoring.triage_list, name="triage"),
    path("articles/<int:pk>/triage/", monitoring.triage_decide, name="triage-decide"),
    path("feeds/", monitoring.feed_list, name="feeds"),
    path("feeds/<int:pk>/", monitoring.feed_action, name="feed-action"),
    path("demo/feed.xml", monitoring.demo_feed, name="demo-feed"),
    path("demo/articles/<int:n>/", monitoring.demo_article, name="demo-article"),
]
