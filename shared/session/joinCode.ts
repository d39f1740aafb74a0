// Short codes people type to join a session from their own device ("K7M-Q2X"): six
// characters from an alphabet without the look-alikes 0/O and 1/I, read aloud across a
// room and typed on a phone. 32 characters, so one random byte picks one without bias
// (256 is a multiple of 32), and 32^6 ≈ 1.07 billion codes.
import { DomainError } from '../api/errors';

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** Fills a buffer with random bytes: node:crypto's randomFillSync or crypto.getRandomValues in the host; a fixed sequence in tests. */
export type RandomBytes = (count: number) => Uint8Array;

/** How many fresh codes to try before giving up when each is already taken. */
const ATTEMPTS = 20;

export function generateJoinCode(randomBytes: RandomBytes, isTaken: (code: string) => boolean = () => false): string {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const bytes = randomBytes(JOIN_CODE_LENGTH);
    if (bytes.length < JOIN_CODE_LENGTH) throw new RangeError('randomBytes returned too few bytes');
    let code = '';
    for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[bytes[i]! % JOIN_CODE_ALPHABET.length];
    if (!isTaken(code)) return code;
  }
  throw new DomainError('conflict', 'session.errors.join_codes_exhausted', { attempts: ATTEMPTS });
}

/** "K7MQ2X" → "K7M-Q2X": easier to read aloud in two halves. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/**
 * What a person typed, as a code, or null when it cannot be one. Lowercase, spaces,
 * dashes and full-width characters (a Chinese IME) are accepted. 0/O and 1/I are never
 * in a code, so typing one is refused rather than guessed into its look-alike.
 */
export function parseJoinCode(text: string): string | null {
  const code = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
