"""Read-only SQL for lists that grow to millions of rows (Qt-free; any worker thread)."""
