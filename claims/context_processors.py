from __future__ import annotations

from django.http import HttpRequest

from .models import Claim, Notification


def nav_counts(request: HttpRequest) -> dict:
    """Counts in the navigation bar: my open claims and unread notifications (two queries)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        # Only claims of desks the user is still on: leaving a desk hides its work.
        # The badge counts exactly what My queue lists.
        "nav_queue_count": lambda: Claim.objects.queue_for(user).count(),
        "nav_unread_count": lambda: Notification.objects.filter(
            user=user, is_read=False, claim__desk__members=user
        ).count(),
    }
