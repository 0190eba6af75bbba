/**
 * Index of the last item whose start is at or before offset, in items sorted by start (binary search),
 * or 0 when none is; callers check containment themselves. Shared by line and sentence look-ups, which
 * fuzzing showed must not be linear per query.
 */
export function lastAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
