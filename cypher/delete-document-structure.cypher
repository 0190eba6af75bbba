// Before documents are (re)written, their own structure goes, so measures that a corrected text no longer
// has do not linger. Shared entities (parks, agencies, industries, other documents) stay.
// $documentIds: every document of the transaction at once (one round trip, not one per document).
UNWIND $documentIds AS documentId
MATCH (d:Document {id: documentId})
OPTIONAL MATCH (d)-[:HAS_CATEGORY]->(c:Category)
OPTIONAL MATCH (c)-[:HAS_TASK]->(t:Task)
OPTIONAL MATCH (t)-[:HAS_MEASURE]->(m:Measure)
WITH d, collect(DISTINCT c) + collect(DISTINCT t) + collect(DISTINCT m) AS owned
OPTIONAL MATCH (d)-[out:CITES|ISSUED_BY|ADDRESSED_TO|VERSION_OF]->()
DELETE out
WITH DISTINCT d, owned
UNWIND owned AS n
DETACH DELETE n
