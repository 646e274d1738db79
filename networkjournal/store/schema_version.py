"""The newest Alembic revision this version ships (checked against the scripts by a test).

Opening a journal already at this revision skips loading Alembic entirely.
Update it with every new revision in store/migrations/versions/.
"""

SCHEMA_HEAD = "0006"
