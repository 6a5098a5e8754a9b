"""Benchmark scripts that print measured figures; run each from the checkout root as `python -m bench.NAME`."""
