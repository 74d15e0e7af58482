"""The ``packline`` command line: every capability of the core, for people and scripts."""
