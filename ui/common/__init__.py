"""Shared window pieces: error presentation, progress, the action registry, paged table models."""
