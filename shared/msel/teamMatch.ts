// A recipient name that is not a team yet may still mean one: a typo ("Cảnh sat co dong"),
// a longer or shorter form ("PCCC" for "Đội PCCC"), the other Chinese script. The import
// dialog offers such a team instead of creating a near-duplicate.
import type { Team } from '../model/exercise';
import { foldForCompare } from '../search/fold';
import { containsFolded, fold } from './text';

/** Case, diacritics, punctuation and Chinese script folded away. */
export function teamKey(name: string): string {
  return foldForCompare(fold(name));
}

/** Levenshtein distance over code points (Chinese characters count one each). */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

const isHan = (s: string) => /\p{Script=Han}/u.test(s);

/** Typos allowed for a name this long: none in short names, where one letter is another word. */
function allowedTypos(key: string): number {
  const length = Array.from(key).length;
  if (isHan(key)) return length >= 3 ? 1 : 0;
  if (length >= 10) return 2;
  return length >= 5 ? 1 : 0;
}

/** One name contains the other as whole words (or, in Chinese, characters), long enough to mean something. */
function contains(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const minLength = isHan(short) ? 2 : 4;
  return Array.from(short).length >= minLength && short !== long && containsFolded(long, short);
}

/** The existing team a name most likely means, or null when none is close. */
export function closestTeam(name: string, teams: readonly Team[]): Team | null {
  const key = teamKey(name);
  if (key === '') return null;
  let best: { team: Team; rank: number } | null = null;
  for (const team of teams) {
    for (const candidate of [team.name, team.agency]) {
      const other = teamKey(candidate);
      if (other === '') continue;
      const distance = other === key ? 0 : editDistance(key, other);
      // Exact (folded) first, then typos by count, then containment.
      let rank: number | null = null;
      if (distance <= allowedTypos(key)) rank = distance;
      else if (contains(key, other)) rank = 10;
      if (candidate === team.agency && rank !== null) rank += 0.5; // a team's own name beats its agency's
      if (rank !== null && (best === null || rank < best.rank)) best = { team, rank };
    }
  }
  return best?.team ?? null;
}
