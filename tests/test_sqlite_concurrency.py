"""The embedded database under concurrent writers: they wait for each other, never "database is locked".

The suite's own SQLite database lives in memory, so this test opens a file database with the
settings' connection options (WAL, IMMEDIATE transactions, a busy timeout) and races writers on it.
"""

from __future__ import annotations

import threading
import time

import pytest
from django.conf import settings
from django.db import connection
from django.db.utils import ConnectionHandler, OperationalError

WRITERS = 4
WRITES = 20


def _race(options: dict, path) -> tuple[int, list[str]]:
    handler = ConnectionHandler({"default": {**settings.DATABASES["default"], "NAME": str(path), "OPTIONS": options}})
    setup = handler.create_connection("default")
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE counter (n integer)")
        cursor.execute("INSERT INTO counter VALUES (0)")
    setup.close()
    barrier, errors = threading.Barrier(WRITERS), []

    def writer() -> None:
        db = handler.create_connection("default")
        try:
            barrier.wait()
            for _ in range(WRITES):
                db.ensure_connection()
                db._start_transaction_under_autocommit()  # what transaction.atomic() begins with
                try:
                    with db.cursor() as cursor:
                        cursor.execute("SELECT n FROM counter")
                        n = cursor.fetchone()[0]
                        time.sleep(0.002)  # hold the transaction open, as a request does
                        cursor.execute("UPDATE counter SET n = %s", [n + 1])
                    db.connection.commit()
                except OperationalError as e:
                    db.connection.rollback()
                    errors.append(str(e))
        finally:
            db.close()

    threads = [threading.Thread(target=writer) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    check = handler.create_connection("default")
    with check.cursor() as cursor:
        cursor.execute("SELECT n FROM counter")
        total = cursor.fetchone()[0]
    check.close()
    return total, errors


@pytest.mark.django_db
def test_concurrent_sqlite_writers_wait_and_lose_nothing(tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("about the embedded SQLite database's settings")
    total, errors = _race(settings.DATABASES["default"]["OPTIONS"], tmp_path / "desk.sqlite3")
    assert errors == [] and total == WRITERS * WRITES
    # Without the options the same race fails, so the test shows what the settings buy.
    total, errors = _race({}, tmp_path / "plain.sqlite3")
    assert any("locked" in e for e in errors) or total < WRITERS * WRITES
