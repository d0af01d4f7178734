"""Extraction: read articles, find entities and dated events (pure functions over dataclasses)."""
