"""Create a desk from an exportdesk JSON file; only into a new or empty desk."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.interop.deskjson import DeskImportError, import_desk


class Command(BaseCommand):
    help = "Import a desk export: manage.py importdesk desk.json --into NEW_SLUG"

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--into", required=True, help="Slug of the new (or empty) desk.")
        parser.add_argument("--name", default=None, help="Name of the new desk (default: the exported name).")

    def handle(self, *args, file: Path, into: str, name: str | None, **options) -> None:
        try:
            data = json.loads(file.read_text("utf-8"))
        except (OSError, ValueError) as e:
            raise CommandError(f"Cannot read {file}: {e}") from e
        try:
            desk = import_desk(data, slug=into, name=name)
        except DeskImportError as e:
            raise CommandError(str(e)) from e
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported desk {desk.slug!r}: {desk.articles.count()} articles, {desk.claims.count()} claims."
            )
        )
