/**
 * What `npm run seed -- --remove X` names: an id (`document:guo-han-2020-123`, `document:guo-han-2021-27:zh`) is one
 * document; a number in any spelling (`国函〔2020〕123号`, `Guo Han (2020) No. 123`) is every language version of it.
 */
import { findDocNumbers } from './doc-numbers.ts';
import { findOrderNumbers } from './order-numbers.ts';

export interface DocumentReference {
  id: string | null;
  docNumber: string | null;
}

export function documentReference(reference: string): DocumentReference | undefined {
  const text = reference.trim();
  if (text.startsWith('document:')) return { id: text, docNumber: null };
  const [number] = [...findDocNumbers(text), ...findOrderNumbers(text)];
  return number ? { id: null, docNumber: number.docNumber } : undefined;
}
