"""Use cases. Each is a plain function over a unit of work that returns frozen dataclasses.

Lock order (PostgreSQL): orders by ascending id, then products by ascending id. Every service
that changes stock or money takes its locks in that order before reading quantities, so two
clerks on two PCs queue instead of overselling, and deadlocks cannot form.
"""
