"""Search folding now writes Arabic letter variants one way (alef maqsura, taa marbuta, the
Persian yeh and kaf, Arabic-Indic digits): the index rows that hold any of them are rebuilt."""

from django.db import migrations

VARIANTS = (
    "\u0649",
    "\u0629",
    "\u06cc",
    "\u06a9",
    *(chr(0x0660 + d) for d in range(10)),
    *(chr(0x06F0 + d) for d in range(10)),
)


def refold(apps, schema_editor):
    from claims.models import ClaimSearch  # the index is written in one place only: ClaimSearch.index

    rows = apps.get_model("claims", "ClaimSearch").objects.values_list("claim_id", "body").iterator(chunk_size=2000)
    stale = [claim_id for claim_id, body in rows if any(ch in body for ch in VARIANTS)]
    ClaimSearch.index(stale)


class Migration(migrations.Migration):
    dependencies = [("claims", "0019_languages")]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop, elidable=True)]
