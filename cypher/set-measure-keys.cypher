// Run by ensureSchema (seed/write/write.ts) on every seed and start: gives measures written before the writer set
// the lens's keys (documentId, documentOrder; seed/write/measure-keys.ts builds them, in the same format) their
// keys, so an older graph answers the lens without a re-seed. Measures that have them are skipped, so this is a
// scan and nothing else on an up-to-date graph. In committed batches: a large graph fits no single transaction.
MATCH (m:Measure) WHERE m.documentOrder IS NULL
CALL (m) {
  MATCH (d:Document)-[:HAS_CATEGORY]->(:Category)-[:HAS_TASK]->(t:Task)-[:HAS_MEASURE]->(m)
  WITH m, d, toString(toInteger(t.start)) AS start, toString(toInteger(m.order)) AS order
  SET m.documentId = d.id,
    m.documentOrder = CASE WHEN start IS NULL THEN '~' ELSE substring('0000000000', size(start)) + start END + '.' +
      CASE WHEN order IS NULL THEN '~' ELSE substring('00000', size(order)) + order END
} IN TRANSACTIONS OF 10000 ROWS
