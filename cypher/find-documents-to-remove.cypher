// npm run seed -- --remove: the held documents a reference names. $id names one document exactly; $docNumber
// (normalised) names every language version of that number. Returns nothing when nothing is held.
MATCH (d:Document)
WHERE d.text IS NOT NULL AND (d.id = $id OR ($docNumber IS NOT NULL AND d.docNumber = $docNumber))
RETURN d.id AS id, d.docNumber AS docNumber, d.language AS language
ORDER BY d.id
