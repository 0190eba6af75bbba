// Run by ensureSchema (seed/write/write.ts) on every seed and start: gives measures written before the writer set
// the lens's key (documentId; seed/write/measure-keys.ts builds it) their key, so an older graph answers the lens
// without a re-seed. Measures that have it are skipped, so this is a scan and nothing else on an up-to-date graph.
// In committed batches: a large graph fits no single transaction.
MATCH (m:Measure) WHERE m.documentId IS NULL
CALL (m) {
  MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(:Task)-[:HAS_MEASURE]->(m)
  SET m.documentId = d.id
} IN TRANSACTIONS OF 10000 ROWS
