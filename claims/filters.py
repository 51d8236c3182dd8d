"""Claim list filters, shared by the HTML list, its CSV export and the API."""

from __future__ import annotations

import re

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy

from .archive import OPEN_STAGES
from .forms import ListedChoiceIterator
from .models import Article, AttributionType, Claim, Outlet, Rating, Speaker, Stage, Tag, desk_ids_of
from .text import plain_id


def _desk_scoped(model):
    def queryset(request):
        if request is None or not request.user.is_authenticated:
            return model.objects.none()
        return model.objects.filter(desk__members=request.user)

    return queryset


class NamedFilter(django_filters.CharFilter):
    """A filter on a related row that people type and links send: an id (``?speaker=12``, what
    the API and the app's own links use) or part of its name (``?speaker=ruiz``, typed with an
    autocomplete, or without JavaScript). It never renders the related table: no widget lists
    5,000 speakers. Names are looked up in the user's desks only."""

    def __init__(self, *args, model, name_field: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.related_model, self.name_field = model, name_field

    def named(self, user, typed: str):
        """Rows of the user's desks whose name contains ``typed`` (all of them if it is empty)."""
        rows = self.related_model.objects.all()
        if self.related_model is get_user_model():
            rows = rows.filter(memberships__desk_id__in=desk_ids_of(user)).distinct()
        else:
            rows = rows.filter(desk_id__in=desk_ids_of(user))
        return rows.filter(**{f"{self.name_field}__icontains": typed}) if typed else rows

    def options(self, request, typed: str, limit: int = 20) -> list[str]:
        """Names for the autocomplete: up to ``limit`` in the user's desks containing ``typed``."""
        names = self.named(request.user, typed).order_by(self.name_field).values_list(self.name_field, flat=True)
        return list(names[:limit])

    def filter(self, queryset, value):
        value = (value or "").strip()
        if not value:
            return queryset
        if (pk := plain_id(value)) is not None:
            return queryset.filter(**{self.field_name: pk}) if pk < 2**63 else queryset.none()
        return queryset.filter(**{f"{self.field_name}__in": self.named(self.parent.request.user, value).values("pk")})


class ListedFilterChoiceIterator(django_filters.fields.ModelChoiceIterator, ListedChoiceIterator):
    """django-filter's iterator (its null choice) over options read in one query."""


class ListedFilterChoiceField(django_filters.fields.ModelChoiceField):
    iterator = ListedFilterChoiceIterator


class ListedModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = ListedFilterChoiceField


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=gettext_lazy("Text"))
    stage = django_filters.ChoiceFilter(choices=Stage.choices, label=gettext_lazy("Stage"))
    rating = ListedModelChoiceFilter(queryset=_desk_scoped(Rating), label=gettext_lazy("Verdict"))
    attribution_type = django_filters.ChoiceFilter(choices=AttributionType.choices, label=gettext_lazy("Attribution"))
    speaker = NamedFilter(model=Speaker, name_field="name", label=gettext_lazy("Speaker"))
    outlet = NamedFilter(field_name="article__outlet", model=Outlet, name_field="name", label=gettext_lazy("Outlet"))
    article = NamedFilter(model=Article, name_field="title", label=gettext_lazy("Article"))
    assignee = NamedFilter(model=get_user_model(), name_field="username", label=gettext_lazy("Assignee"))
    tag = django_filters.CharFilter(method="tagged", label=gettext_lazy("Tag"))
    month = django_filters.CharFilter(method="in_month", label=gettext_lazy("Month (YYYY-MM)"))
    duplicates = django_filters.BooleanFilter(
        method="duplicated", label=gettext_lazy("Possible duplicates only"), widget=forms.CheckboxInput
    )
    sort = django_filters.OrderingFilter(
        fields=(("updated", "updated"), ("created", "created"), ("stage", "stage")),
        field_labels={
            "updated": gettext_lazy("Updated"),
            "created": gettext_lazy("Created"),
            "stage": gettext_lazy("Stage"),
        },
        label=gettext_lazy("Sort"),
    )

    class Meta:
        model = Claim
        fields = [
            "q",
            "stage",
            "rating",
            "attribution_type",
            "speaker",
            "outlet",
            "article",
            "assignee",
            "tag",
            "month",
            "duplicates",
        ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, flt in self.filters.items():
            if isinstance(flt, NamedFilter):
                # A search box with its own datalist, filled as the user types (htmx).
                flt.extra["widget"] = forms.TextInput(
                    attrs={
                        "type": "search",
                        "autocomplete": "off",
                        "list": f"options-{name}",
                        "hx-get": reverse("claims:filter-options", args=[name]),
                        "hx-trigger": "input changed delay:250ms",
                        "hx-target": f"#options-{name}",
                        "hx-swap": "innerHTML",
                        "hx-sync": "this:replace",
                    }
                )

    def duplicated(self, queryset, name, value):
        """Claims in the review that the worker found saying what another one in the review says
        (``archive.mark_duplicates``); a linked pair is not a possible duplicate any more."""
        if not value:
            return queryset
        return queryset.filter(possible_duplicate__isnull=False, stage__in=OPEN_STAGES)

    def tagged(self, queryset, name, value):
        """Claims with a tag of the user's desks, named by its slug or its name (any case)."""
        value = (value or "").strip()
        if not value:
            return queryset
        user = self.request.user if self.request is not None else None
        tags = Tag.objects.filter(desk_id__in=desk_ids_of(user)) if user is not None else Tag.objects.none()
        tags = tags.filter(Q(slug=slugify(value, allow_unicode=True)) | Q(name__iexact=value))
        return queryset.filter(pk__in=Claim.tags.through.objects.filter(tag__in=tags).values("claim_id"))

    def in_month(self, queryset, name, value):
        """Claims of a month as the records' charts count them (``CLAIM_MONTH``): the bars of a
        speaker's or an outlet's chart link here."""
        match = re.fullmatch(r"(\d{4})-(\d{2})", (value or "").strip())
        if not value:
            return queryset
        if not match or not 1 <= int(match[2]) <= 12:
            return queryset.none()
        year, month = int(match[1]), int(match[2])
        dated = Q(article__published__year=year, article__published__month=month)
        undated = Q(article__published__isnull=True, created__year=year, created__month=month)
        return queryset.filter(dated | undated)

    def search(self, queryset, name, value):
        """Full text (``Claim.objects.search``), best match first unless a sort is chosen."""
        found = queryset.search(value)
        if found is queryset or self.data.get("sort"):
            return found
        return found.order_by("-search_rank", "-updated", "-id")
