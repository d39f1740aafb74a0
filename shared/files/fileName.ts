// A file name that is safe on Windows, macOS and Linux, from text a user wrote
// (an exercise title in Vietnamese or Chinese stays readable; only what a file
// system refuses goes).
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]+/gu;
const MAX_STEM = 80;

export function safeFileStem(text: string, fallback: string): string {
  const stem = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_STEM).trim();
  // Windows also refuses names ending in a dot or a space, and a few device names.
  const cleaned = stem.replace(/[. ]+$/, '');
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) || cleaned === '' ? fallback : cleaned;
}
