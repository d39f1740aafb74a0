// Join attempts per remote address: at most JOIN_ATTEMPTS_MAX in a sliding window, so a
// six-character code cannot be guessed by trying them all. Pure: time comes in as an
// argument. (The slowing of a wrong code is the handler's: it waits before answering.)
import { DomainError } from '../../shared/api/errors';

export type JoinLimiterOptions = { attemptsMax: number; windowMs: number };

export function createJoinLimiter(options: JoinLimiterOptions) {
  const attempts = new Map<string, number[]>();
  return {
    /** Counts an attempt from `address` at `nowMs`; throws once the address has used its window. */
    attempt(address: string, nowMs: number): void {
      const recent = (attempts.get(address) ?? []).filter((t) => nowMs - t < options.windowMs);
      if (recent.length >= options.attemptsMax) {
        attempts.set(address, recent);
        const retryAfterSec = Math.ceil((recent[0]! + options.windowMs - nowMs) / 1000);
        throw new DomainError('forbidden', 'session.errors.tooManyJoinAttempts', {
          max: options.attemptsMax,
          windowSec: Math.round(options.windowMs / 1000),
          retryAfterSec,
        });
      }
      recent.push(nowMs);
      attempts.set(address, recent);
      // Forget addresses whose window has passed, so a crowd of them cannot grow the map for ever.
      if (attempts.size > 10_000) {
        for (const [key, times] of attempts)
          if (times.every((t) => nowMs - t >= options.windowMs)) attempts.delete(key);
      }
    },
  };
}
export type JoinLimiter = ReturnType<typeof createJoinLimiter>;
