import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import {
  formatJoinCode,
  generateJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  parseJoinCode,
} from '../../../shared/session/joinCode';

/** A random source that hands out the given bytes in turn. */
function bytes(...values: number[]) {
  let i = 0;
  return (count: number) => Uint8Array.from({ length: count }, () => values[i++ % values.length]!);
}

describe('join codes', () => {
  it('has no look-alike characters and 32 symbols, so a byte maps to one without bias', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    for (const ch of '01IO') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
  });

  it('maps bytes to characters: 0 → A, 31 → 9, 32 wraps to A, 255 → 9', () => {
    expect(generateJoinCode(bytes(0, 31, 32, 255, 8, 24))).toBe('A9A9J2');
  });

  it('draws again when a code is taken, and gives up with a clear error when all tries are taken', () => {
    const taken = new Set(['AAAAAA']);
    expect(generateJoinCode(bytes(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1), (c) => taken.has(c))).toBe('BBBBBB');
    expect(() => generateJoinCode(bytes(0), () => true)).toThrow(DomainError);
    expect(() => generateJoinCode(bytes(0), () => true)).toThrow(
      expect.objectContaining({ messageKey: 'session.errors.join_codes_exhausted' }),
    );
  });

  it('any random bytes give a code of six alphabet characters that parses back to itself, formatted or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: JOIN_CODE_LENGTH, maxLength: JOIN_CODE_LENGTH }), (random) => {
        const code = generateJoinCode(() => random);
        expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
        expect(parseJoinCode(code)).toBe(code);
        expect(parseJoinCode(formatJoinCode(code))).toBe(code);
        expect(parseJoinCode(` ${formatJoinCode(code).toLowerCase()} `)).toBe(code);
      }),
    );
  });

  it.each([
    ['k7m-q2x', 'K7MQ2X'],
    ['K7M Q2X', 'K7MQ2X'],
    ['Ｋ７Ｍ－Ｑ２Ｘ', 'K7MQ2X'], // typed with a Chinese IME
    ['K7M—Q2X', 'K7MQ2X'],
  ])('reads %s as %s', (typed, code) => expect(parseJoinCode(typed)).toBe(code));

  it.each(['', 'K7MQ2', 'K7MQ2XY', 'K7MQ0X', 'K7MQOX', 'K7MQ1X', 'K7MQIX', 'K7M_Q2'])('refuses %s', (typed) =>
    expect(parseJoinCode(typed)).toBeNull(),
  );

  it('formats a code in two halves to read aloud', () => {
    expect(formatJoinCode('K7MQ2X')).toBe('K7M-Q2X');
  });
});
