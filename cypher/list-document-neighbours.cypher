// Before documents are removed: every node their structure and header point at (entities, cited documents, the
// document they are a version of), so what is left unreferenced afterwards can be found and removed.
UNWIND $documentIds AS documentId
MATCH (d:Document {id: documentId})
OPTIONAL MATCH (d)-[:HAS_CATEGORY]->()-[:HAS_TASK]->()-[:HAS_MEASURE]->()-[:AFFECTS|TARGETS|INVOLVES]->(e)
OPTIONAL MATCH (d)-[:CITES|ISSUED_BY|ADDRESSED_TO|VERSION_OF]->(h)
WITH collect(DISTINCT e.id) + collect(DISTINCT h.id) AS ids
RETURN [id IN ids WHERE id IS NOT NULL] AS ids
