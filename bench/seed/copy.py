"""Writing many rows fast: PostgreSQL COPY with primary keys chosen up front.

Rows are ordinary (unsaved) model instances, so field defaults and value preparation are
Django's own; only the INSERT is replaced by COPY. Sequences are moved past the ids used.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.management.color import no_style
from django.db import connection
from django.db.models import Model
from psycopg import sql


def next_id(model: type[Model]) -> int:
    """The first free primary key of the model's table."""
    table = model._meta.db_table
    pk = model._meta.pk
    assert pk is not None
    with connection.cursor() as cursor:
        cursor.execute(
            sql.SQL("SELECT COALESCE(MAX({}), 0) + 1 FROM {}")
            .format(sql.Identifier(str(pk.column)), sql.Identifier(table))
            .as_string(cursor.cursor)
        )
        row = cursor.fetchone()
    return int(row[0]) if row else 1


def copy_rows(model: type[Model], rows: Iterable[Model]) -> int:
    """COPY the instances into the model's table (primary keys must be set when the key is an
    auto field and other rows point at them). Returns how many rows were written."""
    fields = list(model._meta.concrete_fields)
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(model._meta.db_table),
        sql.SQL(", ").join([sql.Identifier(str(field.column)) for field in fields]),
    )
    written = 0
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(
                [
                    field.get_db_prep_save(getattr(row, field.attname), connection)
                    for field in fields
                ]
            )
            written += 1
    reset_sequences(model)
    return written


def copy_tuples(table: str, columns: list[str], rows: Iterable[tuple[object, ...]]) -> int:
    """COPY plain tuples into a table (many-to-many tables, which have no model to build)."""
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(sql.Identifier(c) for c in columns)
    )
    written = 0
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
            written += 1
    return written


def reset_sequences(*models: type[Model]) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def analyze(*models: type[Model]) -> None:
    """Fresh statistics, so the planner sees the large tables as they are."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(
                sql.SQL("ANALYZE {}")
                .format(sql.Identifier(model._meta.db_table))
                .as_string(cursor.cursor)
            )
