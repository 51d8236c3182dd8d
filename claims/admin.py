from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.http import Http404
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    CONTENT_FIELDS,
    Article,
    Claim,
    Desk,
    Membership,
    Note,
    Notification,
    Outlet,
    Rating,
    Role,
    Source,
    Speaker,
    StageChange,
    Suggestion,
)
from .text import clip

# Related-object filters list only what the (desk-scoped) changelist holds.
ONLY = admin.RelatedOnlyFieldListFilter

# How each model reaches its desk, so a desk admin (staff, not superuser) sees only theirs.
DESK_PATHS = {
    Desk: "pk",
    Membership: "desk",
    Outlet: "desk",
    Article: "desk",
    Speaker: "desk",
    Rating: "desk",
    Claim: "desk",
    Source: "claim__desk",
    Note: "claim__desk",
    StageChange: "claim__desk",
    Suggestion: "article__desk",
    Notification: "claim__desk",
}


def admin_desks(request):
    return Desk.objects.filter(memberships__user=request.user, memberships__role=Role.ADMIN)


def scope(request, queryset):
    """Superusers see every desk; a desk admin only the desks they administer."""
    if request.user.is_superuser:
        return queryset
    return queryset.filter(**{f"{DESK_PATHS[queryset.model]}__in": admin_desks(request)})


class DeskScoped:
    """Mixed into every admin and inline: rows and foreign-key choices limited to one's desks."""

    def get_queryset(self, request):
        return scope(request, super().get_queryset(request))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model in DESK_PATHS:
            kwargs["queryset"] = scope(request, db_field.related_model._default_manager.all())
        elif db_field.related_model is get_user_model() and not request.user.is_superuser:
            kwargs["queryset"] = get_user_model().objects.filter(desks__in=admin_desks(request)).distinct()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    # simple-history's pages look objects up without get_queryset: check the desk first.
    def history_view(self, request, object_id, extra_context=None):
        self._require_in_scope(request, object_id)
        return super().history_view(request, object_id, extra_context=extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._require_in_scope(request, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context=extra_context)

    def save_model(self, request, obj, form, change) -> None:
        obj._history_user = request.user  # history, and the review rule's "by" for shared objects
        super().save_model(request, obj, form, change)

    def _require_in_scope(self, request, object_id) -> None:
        if not self.get_queryset(request).filter(pk=object_id).exists():
            raise Http404("No such object in your desks.")


class MembershipInline(DeskScoped, admin.TabularInline):
    model = Membership
    extra = 1


class RatingInline(DeskScoped, admin.TabularInline):
    model = Rating
    extra = 0
    prepopulated_fields = {"slug": ["label"]}


@admin.register(Desk)
class DeskAdmin(DeskScoped, admin.ModelAdmin):
    list_display = ["name", "slug", "url"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline, RatingInline]

    def has_add_permission(self, request) -> bool:
        return request.user.is_superuser  # a new desk is the site's decision, not a desk's


@admin.register(Membership)
class MembershipAdmin(DeskScoped, admin.ModelAdmin):
    list_display = ["user", "desk", "role"]
    list_filter = [("desk", ONLY), "role"]
    search_fields = ["user__username", "user__email", "desk__name"]
    autocomplete_fields = ["desk"]


@admin.register(Outlet)
class OutletAdmin(DeskScoped, admin.ModelAdmin):
    list_display = ["name", "domain", "desk"]
    list_filter = [("desk", ONLY)]
    search_fields = ["name", "domain"]
    autocomplete_fields = ["desk"]


class ClaimInline(DeskScoped, admin.TabularInline):
    """The article's claims, read-only: a claim changes on its own page, through its guarded write."""

    model = Claim
    extra = 0
    fields = ["text", "quote", "speaker", "attribution_type", "stage", "rating", "version"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        # Claims are anchored in the workspace, where the offsets come from a selection.
        return False


@admin.register(Article)
class ArticleAdmin(DeskScoped, SimpleHistoryAdmin):
    list_display = ["title", "outlet", "desk", "published", "language", "revision", "imported"]
    list_filter = [("desk", ONLY), "language", ("outlet", ONLY)]
    search_fields = ["title", "url", "byline", "text"]
    autocomplete_fields = ["desk", "outlet", "imported_by"]
    date_hierarchy = "imported"
    readonly_fields = ["sha256", "revision"]
    inlines = [ClaimInline]

    def get_readonly_fields(self, request, obj=None):
        # Text changes go through a revision (Article.revise) so claims can be re-anchored.
        return [*self.readonly_fields, "text"] if obj else self.readonly_fields


@admin.register(Speaker)
class SpeakerAdmin(DeskScoped, admin.ModelAdmin):
    list_display = ["name", "kind", "title", "affiliation", "country", "desk"]
    list_filter = [("desk", ONLY), "kind", "country"]
    search_fields = ["name", "title", "affiliation"]
    autocomplete_fields = ["desk"]


@admin.register(Rating)
class RatingAdmin(DeskScoped, admin.ModelAdmin):
    list_display = ["label", "slug", "value", "colour", "order", "desk"]
    list_editable = ["value", "colour", "order"]
    list_filter = [("desk", ONLY)]
    search_fields = ["label", "slug"]
    prepopulated_fields = {"slug": ["label"]}


class SourceInline(DeskScoped, admin.StackedInline):
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


class NoteInline(DeskScoped, admin.TabularInline):
    """The discussion, read-only here: a note is edited only by its author (on the notes page)."""

    model = Note
    extra = 0
    fields = ["author", "body", "parent", "is_resolved", "created"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class StageChangeInline(DeskScoped, admin.TabularInline):
    model = StageChange
    extra = 0
    fields = ["created", "old", "new", "by", "comment"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ClaimAdminForm(forms.ModelForm):
    """Carries the version the editor opened, so an admin save never overwrites a newer one."""

    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = "__all__"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["opened_version"] = self.instance.version

    def clean(self):
        data = super().clean()
        if self.instance.pk:
            current = Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if data.get("opened_version") != current:
                raise forms.ValidationError(
                    "Someone saved this claim after you opened it. Reload the page to see their change; "
                    "nothing was overwritten."
                )
        return data


@admin.register(Claim)
class ClaimAdmin(DeskScoped, SimpleHistoryAdmin):
    # Short columns, so stage, rating and assignee stay on screen at 1400 px beside the filters.
    list_display = ["claim", "article_title", "speaker", "attribution_type", "stage", "rating", "assignee", "updated"]
    list_filter = [("desk", ONLY), "stage", "attribution_type", "quote_type", ("rating", ONLY), ("assignee", ONLY)]
    search_fields = ["text", "quote", "attribution", "speaker__name"]
    autocomplete_fields = ["desk", "article", "speaker", "assignee"]
    readonly_fields = ["version", "submitted_by", "verdict_by", "approved_by", "published", "created", "updated"]
    # Anchors come from a selection in the workspace; typed offsets would rarely match the text.
    anchor_fields = ["quote", "start", "end", "prefix", "suffix"]
    list_select_related = ["article", "speaker", "rating", "assignee"]
    fieldsets = [
        (None, {"fields": ["desk", "article", "text", "opened_version"]}),
        (gettext_lazy("Anchor"), {"fields": ["quote", ("start", "end"), ("prefix", "suffix")]}),
        (
            gettext_lazy("Attribution"),
            {"fields": ["speaker", "attribution_type", "attribution", ("cue", "quote_type"), "anonymity_reason"]},
        ),
        (
            gettext_lazy("Verification"),
            {"fields": ["rating", "summary", "stage", ("assignee", "due"), *readonly_fields]},
        ),
    ]
    inlines = [SourceInline, NoteInline, StageChangeInline]

    @admin.display(description=gettext_lazy("Claim"), ordering="text")
    def claim(self, obj: Claim) -> str:
        return clip(obj.text, 70)

    @admin.display(description=gettext_lazy("Article"), ordering="article__title")
    def article_title(self, obj: Claim) -> str:
        return clip(obj.article.title, 50)

    form = ClaimAdminForm

    def get_readonly_fields(self, request, obj=None):
        # The stage and the assignment move only through the workflow verbs, so four eyes
        # holds in the admin too.
        fields = [*self.readonly_fields, "stage"]
        return [*fields, *self.anchor_fields, "desk", "assignee", "due"] if obj else fields

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        # The claim's guarded write: locks the row (until the admin's transaction ends, so the
        # inlines below write under the same lock), checks the version the form was opened at,
        # records history and applies the review rule.
        obj.change(
            by=request.user,
            version=form.cleaned_data.get("opened_version"),
            fields=[name for name in CONTENT_FIELDS if name in form.fields],
            reason="Edited in the admin",
        )

    def save_formset(self, request, form, formset, change) -> None:
        if formset.model is not Source:
            super().save_formset(request, form, formset, change)
            return
        instances = formset.save(commit=False)  # no writes yet; sets the formset's change lists
        if not instances and not formset.deleted_objects:
            return

        def write(claim: Claim) -> None:
            for source in instances:
                if not source.added_by_id:
                    source.added_by = request.user
                source._history_user = request.user
                source.save()
            for source in formset.deleted_objects:
                source._history_user = request.user
                source.delete()

        # Evidence is part of what the claim rests on: the same guarded write (the row is already
        # locked and its version checked by save_model in this transaction).
        form.instance.change(by=request.user, version=None, evidence=write, reason="Sources edited in the admin")


@admin.register(Source)
class SourceAdmin(DeskScoped, SimpleHistoryAdmin):
    list_display = ["__str__", "claim", "stance", "kind", "publisher", "accessed"]
    list_filter = ["stance", "kind", ("claim__desk", ONLY)]
    search_fields = ["url", "title", "publisher", "excerpt"]
    autocomplete_fields = ["claim", "added_by"]

    # Evidence changes go through the claim's guarded write: four eyes and approvals follow them.
    def save_model(self, request, obj, form, change) -> None:
        def write(claim: Claim) -> None:
            obj._history_user = request.user
            super(SourceAdmin, self).save_model(request, obj, form, change)

        obj.claim.change(by=request.user, version=None, evidence=write, reason="Source saved in the admin")
        if change and "claim" in form.changed_data and form.initial.get("claim"):
            # Moved from another claim: that claim lost evidence.
            Claim.objects.get(pk=form.initial["claim"]).reconsider(by=request.user, reason="source moved away")

    def delete_model(self, request, obj) -> None:
        def write(claim: Claim) -> None:
            obj._history_user = request.user
            super(SourceAdmin, self).delete_model(request, obj)

        obj.claim.change(by=request.user, version=None, evidence=write, reason="Source deleted in the admin")

    def delete_queryset(self, request, queryset) -> None:
        for source in queryset.select_related("claim"):
            self.delete_model(request, source)


@admin.register(Note)
class NoteAdmin(DeskScoped, SimpleHistoryAdmin):
    list_display = ["__str__", "claim", "author", "is_resolved", "created"]
    list_filter = ["is_resolved", ("claim__desk", ONLY)]
    search_fields = ["body"]
    autocomplete_fields = ["claim", "author"]
    raw_id_fields = ["parent"]
    readonly_fields = ["claim", "author", "parent", "created"]

    # A note is its author's words: only they change or delete it (others reply or resolve).
    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.author_id != request.user.pk:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.author_id != request.user.pk:
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else ["author", "created"]

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.author = request.user
        obj._history_user = request.user
        super().save_model(request, obj, form, change)


@admin.register(StageChange)
class StageChangeAdmin(DeskScoped, admin.ModelAdmin):
    list_display = ["claim", "old", "new", "by", "created"]
    list_filter = ["new", ("claim__desk", ONLY)]
    search_fields = ["comment", "claim__text"]

    # The audit trail is written by the workflow verbs only: no add, change or delete here.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Suggestion)
class SuggestionAdmin(DeskScoped, admin.ModelAdmin):
    list_display = ["__str__", "article", "attribution_type", "speaker_name", "status"]
    list_filter = ["status", "attribution_type", ("article__desk", ONLY)]
    search_fields = ["content", "source", "speaker_name"]
    raw_id_fields = ["article", "claim"]


@admin.register(Notification)
class NotificationAdmin(DeskScoped, admin.ModelAdmin):
    list_display = ["user", "verb", "actor", "claim", "is_read", "created"]
    list_filter = ["verb", "is_read"]
    search_fields = ["user__username", "message"]
    raw_id_fields = ["user", "actor", "claim"]
