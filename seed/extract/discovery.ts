/** What the discovery rules (patterns-en.ts, patterns-zh.ts) report for names the gazetteer lacks. */
import type { AgencyLevel, ParkKind } from './gazetteer.ts';

export type DiscoveredLabel = 'Park' | 'Agency' | 'Industry';

export interface Discovery {
  label: DiscoveredLabel;
  /** The canonical candidate: English where a rule can translate (市商务局 → "Beijing Municipal Commerce Bureau"). */
  name: string;
  start: number;
  end: number;
  kind?: ParkKind;
  level?: AgencyLevel;
  /**
   * A name too generic to be an entity ("the Commerce and Finance Bureau" of some zone, "District Finance Bureau"
   * with no district known): it still hides the words inside it ("Finance" is no industry there), but is no mention.
   */
  blockOnly?: boolean;
  /** A Chinese list item: whatever gazetteer name overlaps it is the better reading ("集成电路设计" holds 集成电路). */
  yieldsToGazetteer?: boolean;
}
