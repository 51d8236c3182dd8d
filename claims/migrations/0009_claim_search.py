"""The claims' full-text search index (``ClaimSearch``), built for each backend.

SQLite: an FTS5 virtual table whose rowid is the claim id, tokenised by unicode61 over text
already folded by ``claims.search.fold``. PostgreSQL: the plain table Django creates, plus a
``tsvector`` column and its GIN index. Existing claims are indexed at the end.
"""

from django.db import migrations, models
import django.db.models.deletion

FTS5 = "CREATE VIRTUAL TABLE claims_claimsearch USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"


def build(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TABLE claims_claimsearch")
            cursor.execute(FTS5)
        elif connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE claims_claimsearch ADD COLUMN vector tsvector NOT NULL DEFAULT ''")
            cursor.execute("CREATE INDEX claimsearch_vector_gin ON claims_claimsearch USING gin (vector)")
    from claims.models import Claim, ClaimSearch

    ClaimSearch.index(Claim.objects.using(connection.alias).values_list("pk", flat=True).iterator())


def unbuild(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:  # back to a plain table, for DeleteModel to drop
            cursor.execute("DROP TABLE claims_claimsearch")
            cursor.execute("CREATE TABLE claims_claimsearch (rowid integer PRIMARY KEY, body text NOT NULL)")


class Migration(migrations.Migration):
    dependencies = [("claims", "0008_claim_created_by")]

    operations = [
        migrations.CreateModel(
            name="ClaimSearch",
            fields=[
                (
                    "claim",
                    models.OneToOneField(
                        db_column="rowid",
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_row",
                        serialize=False,
                        to="claims.claim",
                    ),
                ),
                ("body", models.TextField()),
            ],
            options={"verbose_name": "search index row"},
        ),
        migrations.RunPython(build, unbuild),
    ]
