// `npm run seed -- --reset`, step 1: every relationship, in batches. Relationships go first because a node with
// thousands of them (a park, an industry) made one DETACH DELETE batch exceed the transaction memory pool on a
// 120,000-node graph with a 1 GB heap.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
