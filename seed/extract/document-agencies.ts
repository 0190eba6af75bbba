/**
 * The organs a document names in its own header and signature: who issued it (ISSUED_BY, one per signing organ;
 * a general office is its own agency) and whom it is addressed to (ADDRESSED_TO). Each link keeps the words it
 * was read from.
 */
import type { GraphRelationship } from '../../core/graph-contract.ts';
import { issuerForPrefix } from '../parse/doc-numbers.ts';
import type { ParsedPolicy, TextRange } from '../parse/parsed-policy.ts';
import type { EntityMatcher } from './entity-matcher.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { IssuingPlace } from './issuing-place.ts';
import { findMentions, type Mention } from './mentions.ts';

export interface DocumentAgencies {
  mentions: Mention[];
  relationships: GraphRelationship[];
  /** Issuers' names in signing order. */
  issuers: string[];
}

function link(text: string, type: 'ISSUED_BY' | 'ADDRESSED_TO', from: string, m: Mention): GraphRelationship {
  return { type, from, to: m.id, evidence: text.slice(m.start, m.end), start: m.start, end: m.end };
}

/** The agency a range names: its first agency mention (the matcher already prefers the longest name). */
const agencyIn = (matcher: EntityMatcher, text: string, range: TextRange, place: IssuingPlace) =>
  findMentions(matcher, text, range.start, range.end, place).find((m) => m.label === 'Agency');

export function documentAgencies(
  parsed: ParsedPolicy,
  docId: string,
  matcher: EntityMatcher,
  gazetteer: readonly GazetteerEntry[],
  place: IssuingPlace,
): DocumentAgencies {
  const { text, document } = parsed;
  let signers = document.issuers.flatMap((r) => agencyIn(matcher, text, r, place) ?? []);
  if (signers.length === 0 && document.docNumber) {
    // No signature to read: the number's series implies its issuer (国函 → State Council), evidenced by the number.
    const implied = gazetteer.find((e) => e.label === 'Agency' && e.name === issuerForPrefix(document.docNumber!.prefix));
    if (implied) {
      const { start, end } = document.docNumber;
      signers = [{ id: implied.id, label: 'Agency', name: implied.name, start, end, entry: implied, level: implied.level! }];
    }
  }
  const addressed = document.addressees.flatMap((r) => agencyIn(matcher, text, r, place) ?? []);
  return {
    mentions: [...signers, ...addressed],
    relationships: [
      ...signers.map((m) => link(text, 'ISSUED_BY', docId, m)),
      ...addressed.map((m) => link(text, 'ADDRESSED_TO', docId, m)),
    ],
    issuers: [...new Set(signers.map((m) => m.name))],
  };
}
