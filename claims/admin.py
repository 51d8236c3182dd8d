from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Article,
    Claim,
    Desk,
    Membership,
    Note,
    Outlet,
    Rating,
    Source,
    Speaker,
    StageChange,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


class RatingInline(admin.TabularInline):
    model = Rating
    extra = 0
    prepopulated_fields = {"slug": ["label"]}


@admin.register(Desk)
class DeskAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "url"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline, RatingInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "desk", "role"]
    list_filter = ["desk", "role"]
    search_fields = ["user__username", "user__email", "desk__name"]
    autocomplete_fields = ["user", "desk"]


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "desk"]
    list_filter = ["desk"]
    search_fields = ["name", "domain"]
    autocomplete_fields = ["desk"]


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["text", "quote", "start", "end", "speaker", "attribution_type", "stage", "rating"]
    readonly_fields = ["quote", "start", "end"]
    autocomplete_fields = ["speaker"]
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        # Claims are anchored in the workspace, where the offsets come from a selection.
        return False


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "outlet", "desk", "published", "language", "revision", "imported"]
    list_filter = ["desk", "language", "outlet"]
    search_fields = ["title", "url", "byline", "text"]
    autocomplete_fields = ["desk", "outlet", "imported_by"]
    date_hierarchy = "imported"
    readonly_fields = ["sha256", "revision"]
    inlines = [ClaimInline]

    def get_readonly_fields(self, request, obj=None):
        # Text changes go through a revision (Article.revise) so claims can be re-anchored.
        return [*self.readonly_fields, "text"] if obj else self.readonly_fields


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "title", "affiliation", "country", "desk"]
    list_filter = ["desk", "kind", "country"]
    search_fields = ["name", "title", "affiliation"]
    autocomplete_fields = ["desk"]


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["label", "slug", "value", "colour", "order", "desk"]
    list_editable = ["value", "colour", "order"]
    list_filter = ["desk"]
    search_fields = ["label", "slug"]
    prepopulated_fields = {"slug": ["label"]}


class SourceInline(admin.StackedInline):
    model = Source
    extra = 0
    fields = [
        ("url", "stance", "kind"),
        ("title", "publisher"),
        "excerpt",
        ("accessed", "archive_url"),
        "note",
        "added_by",
    ]
    autocomplete_fields = ["added_by"]


class NoteInline(admin.TabularInline):
    model = Note
    extra = 0
    fields = ["author", "body", "parent", "is_resolved", "created"]
    autocomplete_fields = ["author"]
    raw_id_fields = ["parent"]


class StageChangeInline(admin.TabularInline):
    model = StageChange
    extra = 0
    fields = ["created", "old", "new", "by", "comment"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "article", "speaker", "attribution_type", "stage", "rating", "assignee", "updated"]
    list_filter = ["desk", "stage", "attribution_type", "quote_type", "rating", "assignee"]
    search_fields = ["text", "quote", "attribution", "speaker__name"]
    autocomplete_fields = ["desk", "article", "speaker", "assignee"]
    readonly_fields = ["version", "submitted_by", "verdict_by", "approved_by", "published", "created", "updated"]
    # Anchors come from a selection in the workspace; typed offsets would rarely match the text.
    anchor_fields = ["quote", "start", "end", "prefix", "suffix"]
    list_select_related = ["article", "speaker", "rating", "assignee"]
    fieldsets = [
        (None, {"fields": ["desk", "article", "text"]}),
        ("Anchor", {"fields": ["quote", ("start", "end"), ("prefix", "suffix")]}),
        (
            "Attribution",
            {"fields": ["speaker", "attribution_type", "attribution", ("cue", "quote_type"), "anonymity_reason"]},
        ),
        (
            "Verification",
            {"fields": ["rating", "summary", "stage", ("assignee", "due"), *readonly_fields]},
        ),
    ]
    inlines = [SourceInline, NoteInline, StageChangeInline]

    def get_readonly_fields(self, request, obj=None):
        # The stage moves only through the workflow verbs, so four-eyes holds in the admin too.
        return [*self.readonly_fields, *self.anchor_fields, "stage"] if obj else self.readonly_fields

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if change and {"rating", "summary"} & set(form.changed_data):
            obj.record_verdict_change(by=request.user)


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "claim", "stance", "kind", "publisher", "accessed"]
    list_filter = ["stance", "kind", "claim__desk"]
    search_fields = ["url", "title", "publisher", "excerpt"]
    autocomplete_fields = ["claim", "added_by"]


@admin.register(Note)
class NoteAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "claim", "author", "is_resolved", "created"]
    list_filter = ["is_resolved", "claim__desk"]
    search_fields = ["body"]
    autocomplete_fields = ["claim", "author"]
    raw_id_fields = ["parent"]


@admin.register(StageChange)
class StageChangeAdmin(admin.ModelAdmin):
    list_display = ["claim", "old", "new", "by", "created"]
    list_filter = ["new", "claim__desk"]
    search_fields = ["comment", "claim__text"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # the audit trail is append-only
