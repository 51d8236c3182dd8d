"""Pages of long lists: the page's ids first, then its rows.

Sorting a whole match with every joined column of every row (article, outlet, speaker, rating,
assignee) before ``LIMIT`` is what made deep list pages slow: SQLite builds a temporary sort
tree of full rows, and ``OFFSET`` walks them. Here the database sorts only ids and the sort
keys (read from the ``desk``/``updated`` indexes), skips to the page, and the 25 full rows are
then fetched by primary key, in that order.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from rest_framework.pagination import PageNumberPagination


class IdsFirstPaginator(Paginator):
    def page(self, number) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids).order_by()}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


class IdsFirstPagination(PageNumberPagination):
    """The API's page-number pagination, paging the same way as the pages."""

    django_paginator_class = IdsFirstPaginator
