from __future__ import annotations

from functools import cache

from django.http import HttpRequest

from .models import Claim, Notification, desk_ids_of

BADGE_CAP = 100  # a badge says "99+" beyond this: counting further is work nobody reads


def _badge(count: int) -> int | str:
    return f"{BADGE_CAP - 1}+" if count >= BADGE_CAP else count


def nav_counts(request: HttpRequest) -> dict:
    """Counts in the navigation bar: my open claims and unread notifications.

    Each is one query, run only if the page shows it and only once however often the page
    shows it (the unread count appears in a label and a badge). Each is a cached callable: the
    template engine calls it, so templates get a real ``int`` (which ``{% blocktranslate count %}``
    and Arabic's plural forms need), not a lazy proxy.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        # Only claims of desks the user is still on: leaving a desk hides its work.
        # The badge counts exactly what My queue lists.
        "nav_queue_count": cache(lambda: _badge(Claim.objects.queue_count(user, cap=BADGE_CAP))),
        "nav_unread_count": cache(
            lambda: Notification.objects.filter(user=user, is_read=False, claim__desk_id__in=desk_ids_of(user)).count()
        ),
    }
