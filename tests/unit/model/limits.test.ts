// Every list and counter of the exercise document has a bound in LIMITS: the schema
// takes a document at each bound and refuses one a step past it, and the editor names
// the bound in the words of the validation catalogue.
import { describe, expect, it } from 'vitest';
import { exerciseContentSchema, exerciseSchema, LIMITS } from '../../../shared/model/exercise';
import { checkSchema, schemaIssueMessage } from '../../../renderer/screens/editor/draftStore';
import { catalogues } from '../../../shared/i18n/catalogues';
import { LOCALES } from '../../../shared/i18n/locales';

const ID = '0b9d3c1e-6a7f-4c2b-9e51-2f4a8d6c7b10';
const NOW = '2026-11-30T08:00:00.000Z';
const hex = (k: number) => k.toString(16).padStart(64, '0');
const times = <T>(n: number, make: (k: number) => T): T[] => Array.from({ length: n }, (_, k) => make(k));
const team = (k: number) => ({ id: `t${k}`, name: `Team ${k}`, colour: '#112233' });
const inject = (extra: Record<string, unknown>) => ({
  id: 'i1',
  number: '1',
  offsetSec: 0,
  channel: 'phone',
  title: 'Call',
  audience: 'all',
  ...extra,
});

/** A document whose one part holds `n` items, and the path of that part. */
const PARTS: [name: string, max: number, path: (string | number)[], make: (n: number) => Record<string, unknown>][] = [
  [
    'objectives',
    LIMITS.objectivesMax,
    ['objectives'],
    (n) => ({ objectives: times(n, (k) => ({ id: `o${k}`, text: 'x' })) }),
  ],
  [
    'capabilities',
    LIMITS.capabilitiesMax,
    ['capabilities'],
    (n) => ({ capabilities: times(n, (k) => ({ id: `c${k}`, name: 'x' })) }),
  ],
  [
    'capabilities of an objective',
    LIMITS.capabilitiesMax,
    ['objectives', 0, 'capabilityIds'],
    (n) => ({ objectives: [{ id: 'o', text: 'x', capabilityIds: times(n, (k) => `c${k}`) }] }),
  ],
  ['phases', LIMITS.phasesMax, ['phases'], (n) => ({ phases: times(n, (k) => ({ id: `p${k}`, name: 'x' })) })],
  [
    'questions of a phase',
    LIMITS.discussionQuestionsMax,
    ['phases', 0, 'discussionQuestions'],
    (n) => ({ phases: [{ id: 'p', name: 'x', discussionQuestions: times(n, () => 'Why?') }] }),
  ],
  ['teams', LIMITS.teamsMax, ['teams'], (n) => ({ teams: times(n, team) })],
  [
    'roster of a team',
    LIMITS.rosterMax,
    ['teams', 0, 'roster'],
    (n) => ({ teams: [{ ...team(0), roster: times(n, (k) => ({ name: `P${k}` })) }] }),
  ],
  ['tags', LIMITS.tagsMax, ['tags'], (n) => ({ tags: times(n, (k) => `tag${k}`) })],
  [
    'injects',
    LIMITS.injectsMax,
    ['injects'],
    (n) => ({ injects: times(n, (k) => inject({ id: `i${k}`, number: `${k}` })) }),
  ],
  [
    'recipients of an inject',
    LIMITS.teamsMax,
    ['injects', 0, 'recipientTeamIds'],
    (n) => ({ injects: [inject({ recipientTeamIds: times(n, (k) => `t${k}`) })] }),
  ],
  [
    'decision options',
    LIMITS.decisionOptionsMax,
    ['injects', 0, 'decisionOptions'],
    (n) => ({ injects: [inject({ decisionOptions: times(n, (k) => `Option ${k}`) })] }),
  ],
  [
    'expected actions',
    LIMITS.expectedActionsMax,
    ['injects', 0, 'expectedActions'],
    (n) => ({
      injects: [inject({ expectedActions: times(n, (k) => ({ id: `a${k}`, teamId: 't', description: 'x' })) })],
    }),
  ],
  [
    'questions of an inject',
    LIMITS.discussionQuestionsMax,
    ['injects', 0, 'discussionQuestions'],
    (n) => ({ injects: [inject({ discussionQuestions: times(n, () => 'Why?') })] }),
  ],
  [
    'attachments of an inject',
    LIMITS.injectAttachmentsMax,
    ['injects', 0, 'attachmentIds'],
    (n) => ({ injects: [inject({ attachmentIds: times(n, hex) })] }),
  ],
  [
    'attachments',
    LIMITS.attachmentsMax,
    ['attachments'],
    (n) => ({ attachments: times(n, (k) => ({ id: hex(k), name: 'f', mime: 'x/y', size: 1 })) }),
  ],
];

describe('bounds of the exercise document', () => {
  it.each(PARTS)('%s: takes %i, refuses one more with the limit named', (_name, max, path, make) => {
    expect(exerciseContentSchema.safeParse({ title: 'T', ...make(max) }).success).toBe(true);
    const issues = checkSchema({ ...exerciseContentSchema.parse({ title: 'T' }), ...make(max + 1) } as never);
    expect(issues).toEqual([{ path, code: 'too_big', origin: 'array', maximum: max }]);
    expect(schemaIssueMessage(issues[0]!)).toEqual({ key: 'validation.limit_items', params: { max } });
  });

  it('a revision past LIMITS.revisionMax, or one that is not a safe integer, does not fit', () => {
    const doc = (revision: number) => ({ title: 'T', id: ID, createdAt: NOW, updatedAt: NOW, revision });
    expect(exerciseSchema.safeParse(doc(LIMITS.revisionMax)).success).toBe(true);
    for (const bad of [LIMITS.revisionMax + 1, 2 ** 53 - 1, 2 ** 53, 0, 1.5]) {
      expect(exerciseSchema.safeParse(doc(bad)).success, String(bad)).toBe(false);
    }
    // The bound keeps `+ 1` exact: JSON carries it and reads it back unchanged.
    expect(Number.isSafeInteger(LIMITS.revisionMax + 1)).toBe(true);
  });

  it('names text and number limits too, and falls back to the generic words', () => {
    expect(schemaIssueMessage({ path: ['title'], code: 'too_big', origin: 'string', maximum: 200 })).toEqual({
      key: 'validation.limit_chars',
      params: { max: 200 },
    });
    expect(schemaIssueMessage({ path: ['x'], code: 'too_big', origin: 'number', maximum: 100 })).toEqual({
      key: 'validation.limit_number',
      params: { max: 100 },
    });
    expect(schemaIssueMessage({ path: ['title'], code: 'too_small' })).toEqual({
      key: 'errors.field.too_small',
      params: {},
    });
  });

  it.each(LOCALES)('%s has every limit message, naming {{max}}', (locale) => {
    const validation = catalogues[locale].validation as Record<string, string>;
    for (const key of ['limit_items', 'limit_chars', 'limit_number']) expect(validation[key]).toContain('{{max}}');
  });
});
