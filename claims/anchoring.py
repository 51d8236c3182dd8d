"""Re-anchoring claims after an article's text changes (to be completed: issue 7)."""

from __future__ import annotations


def reanchor_claims(article, *, by=None) -> dict:
    """Re-anchor every claim of ``article`` on its current text; report what happened."""
    report = {"kept": 0, "moved": 0, "orphaned": 0}
    for claim in article.claims.exclude(quote=""):
        text = article.text
        if claim.start is not None and text[claim.start : claim.end] == claim.quote:
            report["kept"] += 1
            continue
        at = text.find(claim.quote)
        claim._history_user = by
        if at >= 0:
            claim.anchor(at, at + len(claim.quote))
            claim.is_orphaned = False
            report["moved"] += 1
        else:
            claim.start = claim.end = None
            claim.is_orphaned = True
            report["orphaned"] += 1
        claim.save()
    return report
