"""Write a desk as JSON (articles, claims, sources, notes, speakers, ratings, outlets) to stdout."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from claims.interop.deskjson import export_desk
from claims.models import Desk


class Command(BaseCommand):
    help = "Export a desk as JSON: manage.py exportdesk SLUG > desk.json"

    def add_arguments(self, parser) -> None:
        parser.add_argument("slug")

    def handle(self, *args, slug: str, **options) -> None:
        desk = Desk.objects.filter(slug=slug).first()
        if desk is None:
            raise CommandError(f"No desk with slug {slug!r}.")
        self.stdout.write(json.dumps(export_desk(desk), cls=DjangoJSONEncoder, ensure_ascii=False, indent=1))
