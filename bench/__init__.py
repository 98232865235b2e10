"""`make bench`: load figures for every page and background job (see README, "Benchmarks")."""
