// Document.cites and Document.citedBy, batched: one query answers both directions.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id,
  COLLECT {
    MATCH (d)-[r:CITES]->(o:Document)
    RETURN {document: o { .*, label: 'Document', text: null }, role: r.role,
            evidence: CASE WHEN r.evidence IS NULL THEN null ELSE {text: r.evidence, start: r.start, end: r.end, documentId: d.id} END} AS link
    ORDER BY r.start, o.id
  } AS cites,
  COLLECT {
    MATCH (d)<-[r:CITES]-(o:Document)
    RETURN {document: o { .*, label: 'Document', text: null }, role: r.role,
            evidence: CASE WHEN r.evidence IS NULL THEN null ELSE {text: r.evidence, start: r.start, end: r.end, documentId: o.id} END} AS link
    ORDER BY o.date DESC, o.id
  } AS citedBy
