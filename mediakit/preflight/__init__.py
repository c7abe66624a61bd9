"""Preflight: one small function per rule, each returning findings (item, problem, fix)."""

from mediakit.preflight.rules import RULES, run_preflight

__all__ = ["RULES", "run_preflight"]
