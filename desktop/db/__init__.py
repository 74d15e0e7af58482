"""Database access: the schema base, engine construction, migrations and the unit of work."""
