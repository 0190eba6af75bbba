// `npm run seed -- --reset`, step 2: every node, in batches, once no relationship is left (delete-all-relationships).
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
