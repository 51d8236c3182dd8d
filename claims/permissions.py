"""Who may do what on a desk. Views (and the API) ask these, never templates alone."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext, gettext_lazy, ngettext

from .models import EDITING_ROLES, Claim, Job, JobKind, JobStatus, Role, Stage, desk_roles

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

LOCKED_STAGES = (Stage.APPROVED, Stage.PUBLISHED)


def role(user: AbstractBaseUser, desk_id: int) -> Role | None:
    """The user's role on the desk, from the desks read once per request (``desk_roles``)."""
    found = desk_roles(user).get(desk_id)
    return Role(found) if found else None


def is_editor(user: AbstractBaseUser, desk_id: int) -> bool:
    return role(user, desk_id) in EDITING_ROLES


def can_import(user: AbstractBaseUser, desk_id: int) -> bool:
    return role(user, desk_id) in (Role.CHECKER, Role.EDITOR, Role.ADMIN)


def can_edit_claim(user: AbstractBaseUser, claim: Claim) -> bool:
    """Editors edit everything; checkers edit claims assigned to them or unassigned,
    until an editor approves them (a correction after that is an editor's call)."""
    r = role(user, claim.desk_id)
    if r in EDITING_ROLES:
        return True
    return r == Role.CHECKER and claim.assignee_id in (None, user.pk) and claim.stage not in LOCKED_STAGES


def can_discuss(user: AbstractBaseUser, desk_id: int) -> bool:
    return role(user, desk_id) in (Role.CHECKER, Role.EDITOR, Role.ADMIN)


ACTION_LABELS = {
    "assign": gettext_lazy("Assign"),
    "submit": gettext_lazy("Submit for review"),
    "approve": gettext_lazy("Approve"),
    "send_back": gettext_lazy("Send back"),
    "publish": gettext_lazy("Publish"),
}


def available_actions(user: AbstractBaseUser, claim: Claim) -> list[str]:
    """The transitions ``user`` may make on ``claim`` now; the verbs check again anyway."""
    editor = is_editor(user, claim.desk_id)
    checks = {
        "assign": editor and claim.assign_blocker() is None,
        "submit": can_edit_claim(user, claim) and claim.submit_blocker() is None,
        "approve": editor and claim.approval_blocker(user) is None,
        "send_back": editor and claim.send_back_blocker() is None,
        "publish": editor and claim.publish_blocker() is None,
    }
    return [action for action, allowed in checks.items() if allowed]


# The step that moves a claim on from each stage, for the reason shown when it is not open.
NEXT_STEP = {"new": "submit", "research": "submit", "changes": "submit", "review": "approve", "approved": "publish"}


def next_step_blocker(user: AbstractBaseUser, claim: Claim) -> tuple[str, str] | None:
    """The claim's next review step and why ``user`` cannot take it now, or None if they can
    (or the claim has no next step): the panel shows the reason where the button would be."""
    action = NEXT_STEP.get(claim.stage)
    if action is None or action in available_actions(user, claim):
        return None
    if action == "submit":
        reason = claim.submit_blocker() if can_edit_claim(user, claim) else None
        reason = reason or gettext("Only an editor, or the checker the claim is assigned to, can submit it.")
    elif not is_editor(user, claim.desk_id):
        reason = gettext("An editor of this desk takes this step.")
    elif action == "approve":
        reason = claim.approval_blocker(user)
    else:
        reason = claim.publish_blocker()
    return (ACTION_LABELS[action], reason) if reason else None


# Jobs whose details are someone's own (an e-mail's recipient, a URL fetched for a form, an
# export of what they may see); the others (suggestion runs, feed polls) are the desk's business.
PERSONAL_JOBS = (JobKind.EMAIL, JobKind.FETCH, JobKind.IMPORT_CLAIMS, JobKind.EXPORT_CSV, JobKind.EXPORT_DESK)


def may_run_job(user: AbstractBaseUser, kind: JobKind, desk_id: int) -> bool:
    """Whether ``user``'s role on the desk, now, allows the work a job of ``kind`` does: asked
    when a job is retried and again by the handler when it runs (roles change meanwhile)."""
    if kind in (JobKind.POLL_FEED, JobKind.EXPORT_DESK, JobKind.EMAIL, JobKind.IMPORT_CHECKS):
        return is_editor(user, desk_id)
    if kind == JobKind.EXPORT_CSV:
        return role(user, desk_id) is not None
    return can_import(user, desk_id)


def can_see_job(user: AbstractBaseUser, job: Job) -> bool:
    if role(user, job.desk_id) is None:
        return False
    return job.kind not in PERSONAL_JOBS or job.created_by_id == user.pk or is_editor(user, job.desk_id)


def can_retry_job(user: AbstractBaseUser, job: Job) -> bool:
    return job.status == JobStatus.FAILED and can_see_job(user, job) and may_run_job(user, job.kind, job.desk_id)


# -- who may try to log in (django-axes, issue 18) ---------------------------------------------


def client_address(request) -> str | None:
    """The address a login attempt came from: REMOTE_ADDR, or with PROXY_COUNT reverse proxies in
    front, the address the outermost one saw (the entries before theirs are the client's to forge)."""
    address = request.META.get("REMOTE_ADDR")
    if settings.PROXY_COUNT:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if len(hops) >= settings.PROXY_COUNT:
            address = hops[-settings.PROXY_COUNT]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


class LoginThrottle(AxesDatabaseHandler):
    """Axes' database handler with a limit for each of its two counts (AXES_LOCKOUT_PARAMETERS):
    LOGIN_FAILURE_LIMIT for one username from one address, LOGIN_FAILURE_LIMIT_PER_ADDRESS for all
    usernames from one address. Axes compares one number with AXES_FAILURE_LIMIT, so the address's
    count is scaled to it: it reaches the limit exactly when it reaches its own."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        own, address = (
            attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        return max(own, address * settings.AXES_FAILURE_LIMIT // settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS)


def login_username(request, credentials: dict | None = None) -> str | None:
    """The username of a login attempt as axes records it, cut to its 255-character column: the
    login form does not bound it, and a longer one (no account has one) was a 500 on PostgreSQL."""
    username = (credentials or getattr(request, "data", None) or request.POST).get("username")
    return username[:255] if isinstance(username, str) else username


def lockout_message() -> str:
    """Said to a locked-out login, the same whether or not the username exists."""
    minutes = settings.LOGIN_LOCKOUT_MINUTES
    return ngettext(
        "Too many failed attempts to log in. Try again in %(minutes)s minute, or ask an administrator to unlock.",
        "Too many failed attempts to log in. Try again in %(minutes)s minutes, or ask an administrator to unlock.",
        minutes,
    ) % {"minutes": minutes}
