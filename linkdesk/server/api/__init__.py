"""HTTP layer of the regional server: bounded body reading, error mapping and the route modules."""
