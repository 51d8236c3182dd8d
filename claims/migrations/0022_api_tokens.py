"""API tokens that can be managed (issue 18): hashed at rest, expiring, revocable by their owner.

DRF's plain-text tokens (rest_framework.authtoken, no longer installed) are converted: each
becomes a named ApiToken holding the SHA-256 of the same key, valid for 90 days from now, so the
clients that hold one keep working meanwhile and their owners see it on /account/tokens/. The
plain-text rows are then deleted; the table itself is left to the app it belonged to.
"""

import hashlib
from datetime import UTC, timedelta

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone
from django.utils.dateparse import parse_datetime

OLD_TABLE = "authtoken_token"
CONVERTED_DAYS = 90


def _aware(value):
    """A datetime read with raw SQL: text on some databases, naive (UTC) on SQLite."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is None:
        return timezone.now()
    return value if timezone.is_aware(value) else timezone.make_aware(value, UTC)


def convert_drf_tokens(apps, schema_editor):
    connection = schema_editor.connection
    if OLD_TABLE not in connection.introspection.table_names():
        return  # a database that never had DRF's tokens
    ApiToken = apps.get_model("claims", "ApiToken")
    table = connection.ops.quote_name(OLD_TABLE)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {connection.ops.quote_name('key')}, user_id, created FROM {table}")
        rows = cursor.fetchall()
    expires = timezone.now() + timedelta(days=CONVERTED_DAYS)
    ApiToken.objects.bulk_create(
        ApiToken(
            user_id=user_id,
            name="API token from before token management",
            kind="named",
            prefix=key[:8],
            digest=hashlib.sha256(key.encode()).hexdigest(),
            created=_aware(created),
            expires=expires,
        )
        for key, user_id, created in rows
    )
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0021_imported_annotation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ApiToken",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(help_text="What the token is for, e.g. the nightly export.", max_length=100)),
                (
                    "kind",
                    models.CharField(
                        choices=[("session", "Login"), ("named", "Named")], default="named", max_length=16
                    ),
                ),
                ("prefix", models.CharField(editable=False, help_text="The key's first characters.", max_length=16)),
                ("digest", models.CharField(editable=False, max_length=64, unique=True)),
                ("created", models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                ("last_used", models.DateTimeField(blank=True, editable=False, null=True)),
                ("expires", models.DateTimeField()),
                ("revoked", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="api_tokens",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-created"],
                "indexes": [models.Index(fields=["user", "kind"], name="apitoken_user_kind_idx")],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", ["session", "named"])), name="apitoken_kind_valid"
                    )
                ],
            },
        ),
        migrations.RunPython(convert_drf_tokens, migrations.RunPython.noop),
    ]
