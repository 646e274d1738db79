"""The journal's storage: typed SQLAlchemy models, engine, migrations, queries."""
