"""Pages of long lists: the page's ids first, then its rows; a search counted up to a limit.

Sorting a whole match with every joined column of every row (article, outlet, speaker, rating,
assignee) before ``LIMIT`` is what made deep list pages slow: SQLite builds a temporary sort
tree of full rows, and ``OFFSET`` walks them. Here the database sorts only ids and the sort
keys (read from the ``desk``/``updated`` indexes), skips to the page, and the 25 full rows are
then fetched by primary key, in that order.

A search for a common word matches a tenth of a big archive: counting every match and ranking
each (PostgreSQL's ``ts_rank`` reads every match's vector) took seconds at a million claims. A
search is therefore counted up to ``search.RANK_LIMIT`` matches; when there are more, the
count says "more than", and a search ranked best first is listed newest first instead (the
page says so, and more words bring it back under the limit, ranked).
"""

from __future__ import annotations

from functools import cached_property

from django.core.paginator import Page, Paginator
from rest_framework.pagination import PageNumberPagination

from . import search
from .models import ClaimSearch

RANKED = "-search_rank"
UNRANKED = ("-updated", "-id")


class IdsFirstPaginator(Paginator):
    def __init__(self, object_list, per_page, **kwargs) -> None:
        super().__init__(object_list, per_page, **kwargs)
        query = getattr(object_list, "query", None)
        # A search (the queryset carries its rank) is counted up to the limit.
        self.cap = search.RANK_LIMIT if query is not None and "search_rank" in query.annotations else None
        # Known once counted: whether more rows match than were counted, and whether a search
        # ranked best first is listed newest first for that reason.
        self.capped = self.newest_first = False
        self._ids = None  # a ranked search's ids in order, once counted

    @cached_property
    def count(self) -> int:
        if self.cap is None:
            return super().count
        if RANKED in self.object_list.query.order_by:
            return self._count_ranked()
        found = self.object_list.order_by().values("pk")[: self.cap + 1].count()
        self.capped = found > self.cap
        return min(found, self.cap)

    def _count_ranked(self) -> int:
        """A search listed best match first: its matches (at most the limit and one) come in one
        query, unsorted, with their rank; under the limit they are sorted here, and each page
        takes its ids from them: the database matches once, not once to count and again to sort."""
        rows = ClaimSearch.ranked(self.object_list, self.cap + 1)
        self.capped = len(rows) > self.cap
        if self.capped:
            self.object_list = self.object_list.order_by(*UNRANKED)
            self.newest_first = True
            return self.cap
        rows.sort(reverse=True)  # the order of RANKED, UNRANKED: rank, then updated, then id, each descending
        self._ids = [pk for _, _, pk in rows]
        return len(rows)

    def page(self, number) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if top + self.orphans >= self.count:
            top = self.count
        if self._ids is not None:
            ids = self._ids[bottom:top]
        else:
            ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids).order_by()}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


class IdsFirstPagination(PageNumberPagination):
    """The API's page-number pagination, paging the same way as the pages. A search's ``count``
    stops at ``search.RANK_LIMIT``; ``count_capped`` says when more match."""

    django_paginator_class = IdsFirstPaginator

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response.data["count_capped"] = self.page.paginator.capped
        return response

    def get_paginated_response_schema(self, schema):
        described = super().get_paginated_response_schema(schema)
        described["properties"]["count"]["description"] = (
            f"How many match; a search (`q`) counts at most {search.RANK_LIMIT}."
        )
        described["properties"]["count_capped"] = {
            "type": "boolean",
            "description": f"More than {search.RANK_LIMIT} match the search; they are listed newest first "
            "unless a sort was chosen.",
        }
        described["required"].append("count_capped")
        return described
