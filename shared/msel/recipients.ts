// Reads the "to" column: team names or agencies separated by , ; / 、 or line breaks,
// or a word meaning everyone. Names are compared folded (no case, no diacritics).
import type { Team } from '../model/exercise';
import { labelsInAllLocales } from './labels';
import { fold } from './text';

// prettier-ignore
const ALL_WORDS = new Set(
  [
    'all', 'all teams', 'all players', 'everyone',
    'tất cả', 'tất cả các đội', 'toàn bộ', 'các lực lượng', 'tất cả lực lượng',
    '全体', '全體', '所有', '所有人', '全部', '所有单位', '所有單位',
    ...labelsInAllLocales((c) => c.values.all),
  ].map(fold),
);

const SEPARATORS = /[,;/、，；\n\r|]+/;
/** Every separator but "/", which is settled per entry (see matchRecipients). */
const LIST_SEPARATORS = /[,;、，；\n\r|]+/;

export type RecipientMatch =
  { audience: 'all'; teamIds: [] } | { audience: 'teams'; teamIds: string[]; unknown: string[] };

/** Another name for a team, chosen in the import dialog for a recipient that is not a team yet. */
export interface RecipientAlias {
  name: string;
  teamId: string;
}

export function matchRecipients(
  cell: string,
  teams: readonly Team[],
  aliases: readonly RecipientAlias[] = [],
): RecipientMatch {
  let rest = ` ${cell.normalize('NFC')} `;
  const found: string[] = [];
  const named = (key: string) => {
    const alias = aliases.filter((a) => fold(a.name) === key).map((a) => a.teamId);
    return alias.length > 0 ? alias : teamsNamed(key, teams);
  };
  // A name that itself contains a separator ("Đội PCCC/CNCH", "Police, District 1")
  // would be cut apart by the split below, so such names are taken out whole first.
  const wholeNames = [...teams.flatMap((t) => [t.name, t.agency]), ...aliases.map((a) => a.name)];
  for (const name of wholeNames) {
    if (name === '' || !SEPARATORS.test(name)) continue;
    const at = indexOfFolded(rest, name);
    if (at === null) continue;
    found.push(...named(fold(name)));
    rest = `${rest.slice(0, at.start)},${rest.slice(at.end)}`;
  }
  const unknown: string[] = [];
  for (const part of rest.split(LIST_SEPARATORS)) {
    const entry = part.trim();
    if (entry === '') continue;
    if (ALL_WORDS.has(fold(entry))) return { audience: 'all', teamIds: [] };
    // "A/B" lists two teams when either is one; "PR/Comm" with neither known is one
    // name, and is offered for creation whole.
    const pieces = entry
      .split('/')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const matched = pieces.map((p) => named(fold(p)));
    if (pieces.length > 1 && matched.every((ids) => ids.length === 0)) {
      unknown.push(entry);
      continue;
    }
    pieces.forEach((piece, i) => {
      const ids = matched[i] ?? [];
      if (ids.length === 0) unknown.push(piece);
      found.push(...ids);
    });
  }
  return { audience: 'teams', teamIds: [...new Set(found)], unknown };
}

/** A team whose name matches; failing that, every team of an agency that matches. */
function teamsNamed(key: string, teams: readonly Team[]): string[] {
  const byName = teams.filter((t) => fold(t.name) === key);
  if (byName.length > 0) return byName.map((t) => t.id);
  return teams.filter((t) => t.agency !== '' && fold(t.agency) === key).map((t) => t.id);
}

/**
 * Where `name` occurs in `text` as a whole entry (bounded by separators or the ends),
 * comparing case- and diacritic-insensitively. Works on single characters so the
 * positions stay those of the original text.
 */
function indexOfFolded(text: string, name: string): { start: number; end: number } | null {
  const target = fold(name);
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    if (i > 0 && !isBoundary(chars[i - 1])) continue;
    for (let j = i + 1; j <= chars.length; j++) {
      const candidate = chars.slice(i, j).join('');
      if (fold(candidate) !== target) continue;
      if (j < chars.length && !isBoundary(chars[j])) continue;
      const start = chars.slice(0, i).join('').length;
      return { start, end: start + candidate.length };
    }
  }
  return null;
}

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch) || SEPARATORS.test(ch);
}
