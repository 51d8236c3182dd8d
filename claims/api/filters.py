"""Query filters of the API's list endpoints (claims share ``claims.filters.ClaimFilter`` with the pages)."""

from __future__ import annotations

import django_filters
from django import forms


class IdFilter(django_filters.NumberFilter):
    """A plain id, not a choice: another desk's id filters to nothing instead of telling it exists."""

    field_class = forms.IntegerField

    def __init__(self, **kwargs) -> None:
        super().__init__(min_value=1, max_value=2**63 - 1, **kwargs)  # the database's integer range


class DeskFilter(django_filters.FilterSet):
    desk = IdFilter(field_name="desk_id")


class SourceFilter(django_filters.FilterSet):
    claim = IdFilter(field_name="claim_id")


class NoteFilter(SourceFilter):
    is_resolved = django_filters.BooleanFilter()


class PublicationFilter(DeskFilter):
    claim = IdFilter(field_name="claim_id")
    is_current = django_filters.BooleanFilter()
