import { describe, expect, it } from 'vitest';
import { createJoinLimiter } from '../../../electron/host/joinLimiter';
import { DomainError } from '../../../shared/api/errors';

describe('join limiter', () => {
  it('allows attemptsMax tries per address in the window, then refuses with when to try again', () => {
    const limiter = createJoinLimiter({ attemptsMax: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) limiter.attempt('10.0.0.1', 1_000 + i);
    let refused: unknown;
    try {
      limiter.attempt('10.0.0.1', 10_000);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({
      messageKey: 'session.errors.tooManyJoinAttempts',
      details: { max: 3, windowSec: 60, retryAfterSec: 51 },
    });
    // Another address is not held back by this one.
    expect(() => limiter.attempt('10.0.0.2', 10_000)).not.toThrow();
  });

  it('lets an address try again once its oldest attempt leaves the window', () => {
    const limiter = createJoinLimiter({ attemptsMax: 2, windowMs: 1_000 });
    limiter.attempt('a', 0);
    limiter.attempt('a', 500);
    expect(() => limiter.attempt('a', 999)).toThrow(DomainError);
    expect(() => limiter.attempt('a', 1_000)).not.toThrow();
    expect(() => limiter.attempt('a', 1_001)).toThrow(DomainError);
  });
});
