"""Helpers for the news-analysis notebooks: cleaning, topics, actors, co-occurrence.

Stages talk through parquet tables in ``data/processed/``; their schemas are in
the project README ("Data contract").
"""

__version__ = "0.1.0"
