// Run by ensureSchema (seed/write/write.ts) after the schema: an index created on a graph that already holds
// data (measure_texts on a graph seeded before it existed) fills in the background, and a search run before it
// is online fails. Returns at once when every index is online, as on every start after the first.
CALL db.awaitIndexes($seconds)
