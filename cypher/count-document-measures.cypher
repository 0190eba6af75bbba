// Document.measureCount, batched: measures in the document's own provisions (a cited-only stub has none).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, COUNT { (d)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(:Task)-[:HAS_MEASURE]->(:Measure) } AS measureCount
