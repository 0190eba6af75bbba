// The API's cache check: the answer is not used. What matters is the bookmark Neo4j returns with any read,
// which names the last transaction committed to the database, so it changes with every write, whoever makes it.
RETURN 1 AS one
