// The middle of a set of timings: the bench reports medians, which a busy machine's
// occasional slow run does not move.
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
