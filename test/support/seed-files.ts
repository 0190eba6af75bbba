import type { Driver } from 'neo4j-driver';
import { loadPolicy } from '../../seed/load-policy.ts';
import { writeGraph } from '../../seed/write/write.ts';

export const SHIPPED_DOCUMENT = 'seed/documents/beijing-service-opening-2020.txt';

/** Seeds through the real pipeline (read, parse, extract, write), one transaction per file. */
export async function seedFiles(driver: Driver, files: string[]): Promise<void> {
  for (const file of files) await writeGraph(driver, loadPolicy(file));
}

/** A second policy document written for the tests: new parks and agencies, and citations of the first. */
export const SECOND_DOCUMENT = 'test/fixtures/beijing-digital-economy-2021.txt';

/** A Chinese State Council reply (国函〔2021〕27号) and its English translation: one document in two languages. */
export const CHINESE_REPLY = 'test/fixtures/layouts/zh-reply-yi-paren.txt';
export const ENGLISH_TRANSLATION = 'test/fixtures/layouts/en-translation-of-4.txt';

/**
 * A small library for the API's library questions: the shipped document, the second test document, the Chinese
 * reply and its English translation, and a Chinese district plan (with every document they cite, as stubs).
 */
export const SMALL_LIBRARY = [
  SHIPPED_DOCUMENT,
  SECOND_DOCUMENT,
  CHINESE_REPLY,
  ENGLISH_TRANSLATION,
  'test/fixtures/layouts/zh-district-mixed.txt',
];
