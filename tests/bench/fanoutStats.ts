// The fan-out figures from raw times: a round lasts until its LAST client has the frame
// ("until every client has it"), and the bench reports percentiles over rounds.

/** One round: when it was sent, and when each client received it (absolute ms, shared clock). */
export type Round = { sentAt: number; receivedAt: number[] };

/** How long the round took to reach every client. */
export function roundMs(round: Round): number {
  return Math.max(...round.receivedAt) - round.sentAt;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
