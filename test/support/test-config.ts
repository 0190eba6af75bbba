import { type Config, loadConfig } from '../../server/config.ts';

/**
 * Tests never touch the data people explore: they use their own local Neo4j instance
 * (.data/neo4j-test on port 7688 unless TEST_NEO4J_PORT says otherwise), which they may empty at will.
 */
export function testConfig(): Config {
  return loadConfig({
    NEO4J_PORT: process.env.TEST_NEO4J_PORT || '7688',
    NEO4J_DATA_DIR: '.data/neo4j-test',
    NEO4J_HEAP: '1g',
  });
}
