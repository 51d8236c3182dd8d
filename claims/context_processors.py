from __future__ import annotations

from django.http import HttpRequest

from .models import Claim, Notification, Stage


def nav_counts(request: HttpRequest) -> dict:
    """Counts in the navigation bar: my open claims and unread notifications (two queries)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        # Only claims of desks the user is still on: leaving a desk hides its work.
        "nav_queue_count": lambda: (
            Claim.objects.filter(assignee=user, desk__members=user).exclude(stage=Stage.PUBLISHED).count()
        ),
        "nav_unread_count": lambda: Notification.objects.filter(
            user=user, is_read=False, claim__desk__members=user
        ).count(),
    }
