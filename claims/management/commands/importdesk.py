"""Create a desk from an exportdesk JSON file; only into a new or empty desk."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from claims.interop.deskjson import DeskImportError, import_desk
from claims.text import bounded_json_loads


class Command(BaseCommand):
    help = "Import a desk export: manage.py importdesk desk.json --into NEW_SLUG"

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--into", required=True, help="Slug of the new (or empty) desk.")
        parser.add_argument("--name", default=None, help="Name of the new desk (default: the exported name).")
        parser.add_argument("--by", default=None, help="Username recorded as the importer (stage changes, history).")

    def handle(self, *args, file: Path, into: str, name: str | None, by: str | None, **options) -> None:
        importer = None
        if by:
            importer = get_user_model().objects.filter(username=by).first()
            if importer is None:
                raise CommandError(f"No user {by!r}.")
        try:
            data = bounded_json_loads(file.read_text("utf-8"))
        except (OSError, ValueError) as e:  # JSONTooDeep is a ValueError
            raise CommandError(f"Cannot read {file}: {e}") from e
        try:
            desk = import_desk(data, slug=into, name=name, by=importer)
        except DeskImportError as e:
            raise CommandError(str(e)) from e
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported desk {desk.slug!r}: {desk.articles.count()} articles, {desk.claims.count()} claims."
            )
        )
