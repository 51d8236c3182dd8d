"""Claim list filters, shared by the HTML list, its CSV export and the API."""

from __future__ import annotations

import django_filters
from django.contrib.auth import get_user_model

from .models import Article, AttributionType, Claim, Outlet, Rating, Speaker, Stage


def _desk_scoped(model):
    def queryset(request):
        if request is None or not request.user.is_authenticated:
            return model.objects.none()
        return model.objects.filter(desk__members=request.user)

    return queryset


def _desk_users(request):
    if request is None or not request.user.is_authenticated:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(desks__members=request.user).distinct().order_by("username")


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Text")
    stage = django_filters.ChoiceFilter(choices=Stage.choices)
    rating = django_filters.ModelChoiceFilter(queryset=_desk_scoped(Rating), label="Verdict")
    attribution_type = django_filters.ChoiceFilter(choices=AttributionType.choices, label="Attribution")
    speaker = django_filters.ModelChoiceFilter(queryset=_desk_scoped(Speaker))
    outlet = django_filters.ModelChoiceFilter(field_name="article__outlet", queryset=_desk_scoped(Outlet))
    article = django_filters.ModelChoiceFilter(queryset=_desk_scoped(Article))
    assignee = django_filters.ModelChoiceFilter(queryset=_desk_users)
    sort = django_filters.OrderingFilter(
        fields=(("updated", "updated"), ("created", "created"), ("stage", "stage")),
        field_labels={"updated": "Updated", "created": "Created", "stage": "Stage"},
        label="Sort",
    )

    class Meta:
        model = Claim
        fields = ["q", "stage", "rating", "attribution_type", "speaker", "outlet", "article", "assignee"]

    def search(self, queryset, name, value):
        """Full text (``Claim.objects.search``), best match first unless a sort is chosen."""
        found = queryset.search(value)
        if found is queryset or self.data.get("sort"):
            return found
        return found.order_by("-search_rank", "-updated", "-id")
