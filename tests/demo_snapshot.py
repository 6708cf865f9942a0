"""A copy of every table's rows, to put the loaded demo site back in a later test module without loading it again.

Loading the demo content runs some 9,000 queries; copying its rows back takes a fraction of a second. Both happen
inside the transaction of `_demo_site` (tests/conftest.py), so the copy is rolled back with it. Foreign keys are
checked at commit, which never comes, so the order of the tables does not matter.
"""

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection


def _tables(cursor):
    """Every table of a model (the SQLite search index is a virtual table whose key is its rowid)."""
    names = set(connection.introspection.django_table_names(only_existing=True, include_views=False))
    if connection.vendor != "sqlite":
        return dict.fromkeys(sorted(names), "*")
    cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    virtual = {name for (name,) in cursor.fetchall()}
    return {name: "rowid, *" if name in virtual else "*" for name in sorted(names)}


def take():
    rows = {}
    with connection.cursor() as cursor:
        for table, columns in _tables(cursor).items():
            quoted = connection.ops.quote_name(table)
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {quoted} TO STDOUT") as copy:
                    rows[table] = b"".join(bytes(block) for block in copy)
            else:
                cursor.execute(f"SELECT {columns} FROM {quoted}")  # noqa: S608 (table names from the schema)
                names = [column[0] for column in cursor.description]
                rows[table] = (names, cursor.fetchall())
    return rows


def restore(rows):
    with connection.cursor() as cursor:
        for table, content in rows.items():
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"DELETE FROM {quoted}")  # noqa: S608
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {quoted} FROM STDIN") as copy:
                    copy.write(content)
                continue
            names, values = content
            if values:
                columns = ", ".join(connection.ops.quote_name(name) for name in names)
                placeholders = ", ".join("%s" for _name in names)
                cursor.executemany(f"INSERT INTO {quoted} ({columns}) VALUES ({placeholders})", values)  # noqa: S608
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
            cursor.execute(statement)
