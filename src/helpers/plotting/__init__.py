"""Figure functions: each takes stage tables (or a graph) and returns a matplotlib Figure; no computation."""
