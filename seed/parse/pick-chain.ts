/**
 * Longest run n, n+1, n+2… in reading order. Ties go to the most compact run, so a summary
 * task that happens to precede the real list does not start the chain.
 */
export function pickChain<T extends { number: number; lineStart: number }>(candidates: T[]): T[] {
  const length = candidates.map(() => 1);
  const previous = candidates.map(() => -1);
  const first = candidates.map((c) => c.lineStart);
  // The best chain ending in each number among candidates on earlier lines (longest, then latest start,
  // then earliest found), so each candidate looks up its predecessor instead of scanning all earlier ones:
  // that scan was quadratic in the number of numbered lines (found by fuzzing). Candidates come in reading
  // order; those sharing a line (a page-number reading) must not extend each other, hence the pending list.
  const bestEnding = new Map<number, number>();
  // Settled inline, not by a closure: this runs for every group of every level, and tsx names each closure it makes.
  let pending: number[] = [];
  candidates.forEach((c, i) => {
    if (pending.length > 0 && candidates[pending[0]!]!.lineStart < c.lineStart) {
      for (const j of pending) {
        const current = bestEnding.get(candidates[j]!.number);
        const better =
          current === undefined || length[j]! > length[current]! || (length[j] === length[current] && first[j]! > first[current]!);
        if (better) bestEnding.set(candidates[j]!.number, j);
      }
      pending = [];
    }
    const j = bestEnding.get(c.number - 1);
    if (j !== undefined) {
      length[i] = length[j]! + 1;
      previous[i] = j;
      first[i] = first[j]!;
    }
    pending.push(i);
  });
  let best = -1;
  candidates.forEach((c, i) => {
    if (best === -1) {
      best = i;
      return;
    }
    const span = c.lineStart - first[i]!;
    const bestSpan = candidates[best]!.lineStart - first[best]!;
    if (length[i]! > length[best]! || (length[i] === length[best] && span <= bestSpan)) best = i;
  });
  const chain: T[] = [];
  for (let i = best; i !== -1; i = previous[i]!) chain.unshift(candidates[i]!);
  return chain;
}
