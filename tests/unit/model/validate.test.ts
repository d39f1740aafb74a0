import { describe, expect, it } from 'vitest';
import {
  exerciseContentSchema,
  LIMITS,
  type ExerciseContent,
  type ExerciseContentInput,
} from '../../../shared/model/exercise';
import {
  hasErrors,
  ISSUE_CODES,
  issuesAt,
  revalidate,
  validateExercise,
  type ValidationIssue,
} from '../../../shared/model/validate';
import { catalogues } from '../../../shared/i18n/catalogues';
import { LOCALES } from '../../../shared/i18n/locales';

const SHA = 'a'.repeat(64);

/** A small, correct exercise: two teams, two phases, three injects. */
function base(): ExerciseContentInput {
  return {
    title: 'Diễn tập xử lý ban đầu tình huống khủng bố',
    plannedDurationMin: 120,
    capabilities: [
      { id: 'cap-ops', name: 'Operational coordination' },
      { id: 'cap-evac', name: 'Evacuation' },
    ],
    objectives: [{ id: 'obj-1', text: 'Activate the command post within 15 minutes', capabilityIds: ['cap-ops'] }],
    teams: [
      { id: 'police', name: 'Công an tỉnh', colour: '#1f4e79' },
      { id: 'fire', name: 'Cảnh sát PCCC & CNCH', colour: '#c00000' },
    ],
    phases: [
      { id: 'p1', name: 'Báo động' },
      { id: 'p2', name: 'Xử lý ban đầu' },
    ],
    attachments: [{ id: SHA, name: 'map.pdf', mime: 'application/pdf', size: 1024 }],
    injects: [
      {
        id: 'i1',
        number: '1',
        phaseId: 'p1',
        offsetSec: 0,
        channel: 'phone',
        recipientTeamIds: ['police'],
        title: 'Tin báo có vật nghi nổ',
        attachmentIds: [SHA],
        expectedActions: [
          { id: 'a1', teamId: 'police', description: 'Phong toả hiện trường', capabilityId: 'cap-ops' },
        ],
      },
      {
        id: 'i2',
        number: '2',
        phaseId: 'p2',
        offsetSec: 1800,
        channel: 'radio',
        recipientTeamIds: ['police', 'fire'],
        title: 'Cháy tại tầng 3',
        expectedActions: [
          { id: 'a2', teamId: 'fire', description: 'Triển khai lực lượng chữa cháy', capabilityId: 'cap-evac' },
        ],
      },
      {
        // Earlier than inject 2 in the same phase: order within a phase is free.
        id: 'i3',
        number: '3',
        phaseId: 'p2',
        offsetSec: 900,
        channel: 'media',
        audience: 'all',
        title: 'Báo chí đưa tin',
        expectedActions: [{ id: 'a3', teamId: 'police', description: 'Phát ngôn chính thức' }],
      },
      {
        id: 'c1',
        number: 'C1',
        offsetSec: 3600,
        channel: 'phone',
        contingency: true,
        recipientTeamIds: ['fire'],
        title: 'Nhắc nhở',
      },
    ],
  };
}

/** Parses (so defaults apply) after letting a test break one thing. */
function exercise(edit: (e: ExerciseContentInput) => void = () => {}): ExerciseContent {
  const input = base();
  edit(input);
  return exerciseContentSchema.parse(input);
}

const injects = (e: ExerciseContentInput) => e.injects ?? [];
const inject = (e: ExerciseContentInput, i: number) => {
  const found = injects(e)[i];
  if (!found) throw new Error(`no inject ${i}`);
  return found;
};

const brief = (issues: ValidationIssue[]) => issues.map(({ code, severity, path }) => ({ code, severity, path }));

describe('validateExercise', () => {
  it('finds nothing in a clean exercise (injects out of order within a phase included)', () => {
    expect(validateExercise(exercise())).toEqual([]);
  });

  it('flags every inject sharing a number', () => {
    const issues = validateExercise(exercise((e) => (inject(e, 2).number = '2')));
    expect(issues).toEqual([
      {
        code: 'duplicate_inject_number',
        severity: 'error',
        messageKey: 'validation.duplicate_inject_number',
        path: ['injects', 1, 'number'],
        params: { number: '2' },
      },
      {
        code: 'duplicate_inject_number',
        severity: 'error',
        messageKey: 'validation.duplicate_inject_number',
        path: ['injects', 2, 'number'],
        params: { number: '2' },
      },
    ]);
  });

  it('warns of an inject after the planned end, but not one exactly at it', () => {
    const issues = validateExercise(
      exercise((e) => {
        inject(e, 1).offsetSec = 120 * 60 + 30;
        inject(e, 2).offsetSec = 120 * 60;
      }),
    );
    expect(issues).toEqual([
      {
        code: 'inject_after_end',
        severity: 'warning',
        messageKey: 'validation.inject_after_end',
        path: ['injects', 1, 'offsetSec'],
        params: { number: '2', offset: 'T+02:00:30', end: 'T+02:00' },
      },
    ]);
  });

  it('flags an expected action for a team not in the exercise', () => {
    const issues = validateExercise(exercise((e) => (inject(e, 0).expectedActions![0]!.teamId = 'health')));
    expect(brief(issues)).toEqual([
      { code: 'action_unknown_team', severity: 'error', path: ['injects', 0, 'expectedActions', 0, 'teamId'] },
    ]);
    expect(issues[0]?.params).toEqual({ number: '1', teamId: 'health' });
  });

  it('warns of an expected action for a team that does not receive the inject', () => {
    const issues = validateExercise(exercise((e) => (inject(e, 0).expectedActions![0]!.teamId = 'fire')));
    expect(brief(issues)).toEqual([
      { code: 'action_team_not_recipient', severity: 'warning', path: ['injects', 0, 'expectedActions', 0, 'teamId'] },
    ]);
    expect(issues[0]?.params).toEqual({ number: '1', team: 'Cảnh sát PCCC & CNCH' });
  });

  it('accepts an expected action for any team when the inject goes to all', () => {
    // Inject 3 (audience "all") expects an action of "police", with no recipient list.
    const content = exercise((e) => (inject(e, 2).expectedActions![0]!.teamId = 'fire'));
    expect(validateExercise(content)).toEqual([]);
  });

  it('flags an inject for teams with no recipient', () => {
    const issues = validateExercise(
      exercise((e) => {
        inject(e, 3).recipientTeamIds = [];
      }),
    );
    expect(brief(issues)).toEqual([
      { code: 'inject_no_recipient', severity: 'error', path: ['injects', 3, 'recipientTeamIds'] },
    ]);
  });

  it('flags a recipient that is not a team of the exercise', () => {
    const issues = validateExercise(exercise((e) => (inject(e, 1).recipientTeamIds = ['police', 'customs', 'fire'])));
    expect(brief(issues)).toEqual([
      { code: 'recipient_unknown_team', severity: 'error', path: ['injects', 1, 'recipientTeamIds', 1] },
    ]);
    expect(issues[0]?.params).toEqual({ number: '2', teamId: 'customs' });
  });

  it('flags an unknown phase', () => {
    const issues = validateExercise(exercise((e) => (inject(e, 0).phaseId = 'p9')));
    expect(brief(issues)).toEqual([{ code: 'unknown_phase', severity: 'error', path: ['injects', 0, 'phaseId'] }]);
    expect(issues[0]?.params).toEqual({ number: '1', phaseId: 'p9' });
  });

  it('flags an unknown capability in an expected action and in an objective', () => {
    const issues = validateExercise(
      exercise((e) => {
        inject(e, 1).expectedActions![0]!.capabilityId = 'cap-x';
        e.objectives![0]!.capabilityIds = ['cap-ops', 'cap-y'];
      }),
    );
    expect(brief(issues)).toEqual([
      { code: 'unknown_capability', severity: 'error', path: ['objectives', 0, 'capabilityIds', 1] },
      { code: 'unknown_capability', severity: 'error', path: ['injects', 1, 'expectedActions', 0, 'capabilityId'] },
    ]);
    expect(issues.map((i) => i.params.capabilityId)).toEqual(['cap-y', 'cap-x']);
  });

  it('flags an attachment reference with no attachment', () => {
    const issues = validateExercise(exercise((e) => (inject(e, 1).attachmentIds = ['b'.repeat(64)])));
    expect(brief(issues)).toEqual([
      { code: 'unknown_attachment', severity: 'error', path: ['injects', 1, 'attachmentIds', 0] },
    ]);
  });

  it.each([
    ['teams', (e) => void (e.teams![1]!.id = 'police')],
    ['phases', (e) => void (e.phases![1]!.id = 'p1')],
    ['capabilities', (e) => void (e.capabilities![1]!.id = 'cap-ops')],
  ] satisfies [string, (e: ExerciseContentInput) => void][])('flags duplicate ids among %s', (key, edit) => {
    const issues = validateExercise(exercise(edit)).filter((i) => i.code === 'duplicate_id');
    expect(brief(issues)).toEqual([
      { code: 'duplicate_id', severity: 'error', path: [key, 0, 'id'] },
      { code: 'duplicate_id', severity: 'error', path: [key, 1, 'id'] },
    ]);
  });

  it('flags duplicate inject ids and expected-action ids across injects', () => {
    const issues = validateExercise(
      exercise((e) => {
        inject(e, 3).id = 'i1';
        inject(e, 2).expectedActions![0]!.id = 'a1';
      }),
    );
    expect(brief(issues)).toEqual([
      { code: 'duplicate_id', severity: 'error', path: ['injects', 0, 'id'] },
      { code: 'duplicate_id', severity: 'error', path: ['injects', 3, 'id'] },
      { code: 'duplicate_id', severity: 'error', path: ['injects', 0, 'expectedActions', 0, 'id'] },
      { code: 'duplicate_id', severity: 'error', path: ['injects', 2, 'expectedActions', 0, 'id'] },
    ]);
    expect(issues[0]?.params).toEqual({ id: 'i1' });
  });

  it('allows a team and a phase to share an id', () => {
    expect(validateExercise(exercise((e) => (e.phases![0]!.id = 'police')))).toEqual(
      // Only the inject still pointing at the old phase id is wrong.
      [expect.objectContaining({ code: 'unknown_phase', path: ['injects', 0, 'phaseId'] })],
    );
  });

  it('warns of a timed inject nobody has to act on, but not a contingency or manual one', () => {
    const issues = validateExercise(
      exercise((e) => {
        inject(e, 1).expectedActions = [];
        inject(e, 2).expectedActions = [];
        inject(e, 2).release = 'manual';
        // inject 4 (C1) is a contingency with no expected actions already
      }),
    );
    expect(brief(issues)).toEqual([
      { code: 'auto_inject_no_actions', severity: 'warning', path: ['injects', 1, 'expectedActions'] },
    ]);
  });

  it('warns of an exercise with no teams', () => {
    const issues = validateExercise(exerciseContentSchema.parse({ title: 'Empty' }));
    expect(issues).toEqual([
      { code: 'no_teams', severity: 'warning', messageKey: 'validation.no_teams', path: ['teams'], params: {} },
    ]);
  });
});

describe('revalidate (a keystroke checks the edited inject only)', () => {
  const sorted = (issues: ValidationIssue[]) =>
    brief(issues).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const editInject = (
    content: ExerciseContent,
    index: number,
    change: (i: ExerciseContent['injects'][number]) => object,
  ) => ({
    ...content,
    injects: content.injects.map((i, k) => (k === index ? { ...i, ...change(i) } : i)),
  });

  it('finds what a full check finds after one inject changes', () => {
    const before = exercise();
    const previous = { content: before, issues: validateExercise(before) };
    // Inject 2 loses its recipients and its actions' team no longer receives it.
    const next = editInject(before, 1, () => ({ recipientTeamIds: [], offsetSec: 99 * 3600 }));
    const patched = revalidate(previous, next);
    expect(patched.length).toBeGreaterThan(0);
    expect(sorted(patched)).toEqual(sorted(validateExercise(next)));
    // And back again: the issues of inject 2 disappear.
    expect(revalidate({ content: next, issues: patched }, before)).toEqual([]);
  });

  it("keeps the other injects' issues without checking them again", () => {
    const before = exercise((e) => (inject(e, 0).recipientTeamIds = []));
    const issues = validateExercise(before);
    const marker = { ...issues[0]!, code: 'kept_from_before' };
    const next = editInject(before, 2, (i) => ({ title: `${i.title}!` }));
    // A planted issue on inject 1 survives an edit to inject 3: it was not re-derived.
    expect(revalidate({ content: before, issues: [marker] }, next)).toEqual([marker]);
  });

  it('checks in full when a number, an id or the rest of the document changes', () => {
    const before = exercise();
    const stale = { content: before, issues: [] };
    const renumbered = editInject(before, 2, () => ({ number: '2' }));
    expect(brief(revalidate(stale, renumbered)).map((i) => i.code)).toContain('duplicate_inject_number');
    const noTeams = { ...before, teams: [] };
    expect(sorted(revalidate(stale, noTeams))).toEqual(sorted(validateExercise(noTeams)));
    const fewer = { ...before, injects: before.injects.slice(1) };
    expect(sorted(revalidate(stale, fewer))).toEqual(sorted(validateExercise(fewer)));
  });
});

describe('hasErrors and issuesAt', () => {
  const issues = validateExercise(
    exercise((e) => {
      inject(e, 1).offsetSec = 3 * 3600; // warning at injects.1.offsetSec
      inject(e, 1).recipientTeamIds = ['police', 'nobody']; // error at injects.1.recipientTeamIds.1
      inject(e, 1).expectedActions![0]!.teamId = 'police'; // keep the action's team a recipient
      inject(e, 0).phaseId = 'zzz'; // error at injects.0.phaseId
    }),
  );

  it('tells errors from warnings', () => {
    expect(hasErrors(issues)).toBe(true);
    expect(hasErrors(issues.filter((i) => i.severity === 'warning'))).toBe(false);
    expect(hasErrors([])).toBe(false);
  });

  it('selects the issues at or under a path', () => {
    expect(issuesAt(issues, ['injects', 1]).map((i) => i.code)).toEqual(['inject_after_end', 'recipient_unknown_team']);
    expect(issuesAt(issues, ['injects', 1, 'recipientTeamIds']).map((i) => i.code)).toEqual(['recipient_unknown_team']);
    expect(issuesAt(issues, ['injects', 0]).map((i) => i.code)).toEqual(['unknown_phase']);
    expect(issuesAt(issues, ['injects', 2])).toEqual([]);
    expect(issuesAt(issues, [])).toHaveLength(3);
    // A prefix is matched element by element, not as text: injects.1 is not injects.10.
    expect(issuesAt([{ ...issues[0]!, path: ['injects', 10] }], ['injects', 1])).toEqual([]);
  });
});

/** `count` distinct attachments of `size` bytes each. */
function attachmentsOf(count: number, size: number) {
  return Array.from({ length: count }, (_, k) => ({
    id: k.toString(16).padStart(64, 'a'),
    name: `f${k}.bin`,
    mime: 'application/octet-stream',
    size,
  }));
}

describe('attachment total', () => {
  const withAttachments = (attachments: ReturnType<typeof attachmentsOf>) =>
    validateExercise(exerciseContentSchema.parse({ title: 'A', attachments })).filter(
      (i) => i.code === 'attachments_too_large',
    );

  it('is an error only past LIMITS.exerciseAttachmentBytesMax, naming the limit', () => {
    const atLimit = attachmentsOf(8, LIMITS.exerciseAttachmentBytesMax / 8);
    expect(withAttachments(atLimit)).toEqual([]);
    const over = [...atLimit, ...attachmentsOf(9, 1).slice(8)];
    expect(withAttachments(over)).toEqual([
      expect.objectContaining({ severity: 'error', path: ['attachments'], params: { totalMiB: 201, maxMiB: 200 } }),
    ]);
  });

  it('counts an attachment listed twice once', () => {
    const one = attachmentsOf(1, LIMITS.attachmentBytesMax);
    const listedOften = Array.from({ length: 9 }, () => one[0]!);
    expect(withAttachments(listedOften)).toEqual([]);
  });
});

describe('validation messages', () => {
  // One exercise that trips every rule, so each issue's params can be checked against
  // the placeholders its message uses in every language.
  const everything = [
    ...validateExercise(exerciseContentSchema.parse({ title: 'Empty' })),
    ...validateExercise(
      exercise((e) => {
        e.teams![1]!.id = 'police';
        e.objectives![0]!.capabilityIds = ['cap-y'];
        inject(e, 1).number = '1';
        inject(e, 1).offsetSec = 3 * 3600;
        inject(e, 1).phaseId = 'p9';
        inject(e, 1).recipientTeamIds = ['nobody'];
        inject(e, 1).attachmentIds = ['b'.repeat(64)];
        inject(e, 1).expectedActions = [
          { id: 'a9', teamId: 'ghost', description: 'x', capabilityId: 'cap-z' },
          { id: 'a9', teamId: 'police', description: 'y' },
        ];
        inject(e, 3).recipientTeamIds = [];
        inject(e, 3).contingency = false;
        e.attachments = attachmentsOf(9, LIMITS.attachmentBytesMax);
      }),
    ),
  ];

  it('covers every rule', () => {
    expect(new Set(everything.map((i) => i.code))).toEqual(new Set(Object.keys(ISSUE_CODES)));
  });

  it.each(LOCALES)('has a %s message for every issue, using only the params it gets', (locale) => {
    const messages = catalogues[locale].validation as Record<string, unknown>;
    for (const issue of everything) {
      const message = messages[issue.messageKey.replace(/^validation\./, '')];
      expect(typeof message, issue.messageKey).toBe('string');
      for (const [, name] of String(message).matchAll(/\{\{(\w+)\}\}/g)) {
        expect(issue.params, `${locale} ${issue.messageKey}`).toHaveProperty(name!);
      }
    }
    expect(typeof messages.offset_invalid).toBe('string');
    expect(typeof messages.duration_invalid).toBe('string');
  });
});
