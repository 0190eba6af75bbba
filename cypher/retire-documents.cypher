// After delete-document-structure: a removed document that another document still cites, or that a language
// version points at, stays as a stub (number, title, year) like any cited document; otherwise it goes.
UNWIND $documentIds AS documentId
MATCH (d:Document {id: documentId})
WITH d, EXISTS { (d)<-[:CITES|VERSION_OF]-() } AS referenced
FOREACH (_ IN CASE WHEN referenced THEN [1] ELSE [] END |
  REMOVE d.text, d.source, d.date, d.issuer, d.language, d.addressees, d.targetYears)
WITH d, referenced WHERE NOT referenced
DETACH DELETE d
RETURN count(*) AS deleted
