// bench: the floor of the API benchmark, a bare Bolt round-trip through the API's own read path.
RETURN 1 AS one
