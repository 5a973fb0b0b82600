"""The inbox tables of the contract (section 1): canonical columns, which are
required, and how each value is parsed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ValueType = Literal["string", "timestamp", "date", "decimal", "boolean", "integer", "number"]


@dataclass(frozen=True)
class Column:
    name: str
    type: ValueType
    required: bool = False


INTERACTION_COMMON = (
    Column("interaction_id", "string", required=True),
    Column("occurred_at", "timestamp", required=True),
    Column("text", "string", required=True),
    Column("policy_id", "string"),
    Column("journey", "string"),
)

INTERACTION_OPTIONAL = {
    "calls": (Column("team", "string"), Column("transfer_count", "integer")),
    "chats": (Column("transferred_to", "string"),),
    "tickets": (Column("assignment_path", "string"), Column("reopened_count", "integer")),
    "surveys": (Column("score", "number"), Column("touchpoint", "string")),
    "reviews": (Column("rating", "number"), Column("platform", "string")),
}

TABLES: dict[str, tuple[Column, ...]] = {
    "households": (
        Column("household_id", "string", required=True),
        Column("segment", "string"),
        Column("high_value", "boolean"),
        Column("region", "string"),
    ),
    "policies": (
        Column("policy_id", "string", required=True),
        Column("household_id", "string", required=True),
        Column("line_of_business", "string", required=True),
        Column("annual_premium", "decimal", required=True),
        Column("renewal_date", "date", required=True),
        Column("status", "string"),
    ),
    "journey_changes": (
        Column("change_id", "string", required=True),
        Column("changed_at", "date", required=True),
        Column("journey", "string", required=True),
        Column("description", "string", required=True),
    ),
    **{kind: INTERACTION_COMMON + extra for kind, extra in INTERACTION_OPTIONAL.items()},
}

ID_COLUMN = {
    "households": "household_id",
    "policies": "policy_id",
    "journey_changes": "change_id",
    **{kind: "interaction_id" for kind in INTERACTION_OPTIONAL},
}

INTERACTION_KINDS = tuple(INTERACTION_OPTIONAL)
# Reference data first: policies are checked against households.
INGEST_ORDER = ("households", "policies", "journey_changes") + INTERACTION_KINDS
SUPPORTED_SUFFIXES = (".csv", ".jsonl", ".parquet")

# Every optional interaction column across kinds: the interactions table has them all.
INTERACTION_COLUMNS = tuple(
    dict.fromkeys(c.name for kind in INTERACTION_KINDS for c in TABLES[kind])
)

POLICY_STATUSES = ("active", "lapsed", "cancelled")
