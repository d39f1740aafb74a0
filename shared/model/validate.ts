// Checks an exercise for mistakes the schema cannot see: references between parts of
// the document (teams, phases, capabilities) and the designer's likely slips. The
// editor runs it on every change and shows each issue next to the field at its path;
// errors block starting a session, warnings only inform.
import { attachmentBytesTotal, LIMITS, type ExerciseContent } from './exercise';
import { formatOffset } from './time';

export type IssuePath = (string | number)[];

export interface ValidationIssue {
  severity: 'error' | 'warning';
  /** Stable, for programs and tests. */
  code: string;
  /** `validation.<code>`, in the validation namespace; interpolate `params`. */
  messageKey: string;
  /** Where in the document: ["injects", 3, "expectedActions", 0, "teamId"]. */
  path: IssuePath;
  params: Record<string, string | number>;
}

export const ISSUE_CODES = {
  no_teams: 'warning',
  duplicate_id: 'error',
  unknown_capability: 'error',
  duplicate_inject_number: 'error',
  inject_after_end: 'warning',
  unknown_phase: 'error',
  inject_no_recipient: 'error',
  recipient_unknown_team: 'error',
  unknown_attachment: 'error',
  auto_inject_no_actions: 'warning',
  action_unknown_team: 'error',
  action_team_not_recipient: 'warning',
  attachments_too_large: 'error',
} as const satisfies Record<string, ValidationIssue['severity']>;
export type IssueCode = keyof typeof ISSUE_CODES;

const MIB = 1024 * 1024;

function issue(code: IssueCode, path: IssuePath, params: ValidationIssue['params'] = {}): ValidationIssue {
  return { severity: ISSUE_CODES[code], code, messageKey: `validation.${code}`, path, params };
}

/** Every issue of the document, in document order. An empty list: nothing to fix. */
export function validateExercise(content: ExerciseContent): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const capabilityIds = new Set(content.capabilities.map((c) => c.id));

  if (content.teams.length === 0) issues.push(issue('no_teams', ['teams']));

  // The library refuses to save past this limit; say so where the attachments are listed.
  const attachmentBytes = attachmentBytesTotal(content.attachments);
  if (attachmentBytes > LIMITS.exerciseAttachmentBytesMax) {
    issues.push(
      issue('attachments_too_large', ['attachments'], {
        totalMiB: Math.ceil(attachmentBytes / MIB),
        maxMiB: LIMITS.exerciseAttachmentBytesMax / MIB,
      }),
    );
  }

  // Ids are unique per kind: a reference names its kind, so a team and a phase may
  // share an id. Expected actions are rated across the whole exercise, so theirs are
  // unique across all injects.
  const idLists: [string, { id: string }[]][] = [
    ['teams', content.teams],
    ['phases', content.phases],
    ['capabilities', content.capabilities],
    ['objectives', content.objectives],
    ['injects', content.injects],
  ];
  for (const [key, list] of idLists) {
    issues.push(
      ...duplicates(
        list.map((item, i) => ({ value: item.id, path: [key, i, 'id'] })),
        'duplicate_id',
        'id',
      ),
    );
  }
  issues.push(
    ...duplicates(
      content.injects.flatMap((inject, i) =>
        inject.expectedActions.map((a, j) => ({ value: a.id, path: ['injects', i, 'expectedActions', j, 'id'] })),
      ),
      'duplicate_id',
      'id',
    ),
  );

  content.objectives.forEach((objective, i) => {
    objective.capabilityIds.forEach((capabilityId, k) => {
      if (!capabilityIds.has(capabilityId)) {
        issues.push(issue('unknown_capability', ['objectives', i, 'capabilityIds', k], { capabilityId }));
      }
    });
  });

  issues.push(
    ...duplicates(
      content.injects.map((inject, i) => ({ value: inject.number, path: ['injects', i, 'number'] })),
      'duplicate_inject_number',
      'number',
    ),
  );

  const context = injectContext(content);
  content.injects.forEach((inject, i) => issues.push(...injectIssues(inject, i, context)));

  return issues;
}

/** What one inject's checks look up in the rest of the document. */
type InjectContext = {
  teams: Map<string, { name: string }>;
  phaseIds: Set<string>;
  capabilityIds: Set<string>;
  attachmentIds: Set<string>;
  endSec: number;
};

function injectContext(content: ExerciseContent): InjectContext {
  return {
    teams: new Map(content.teams.map((t) => [t.id, t])),
    phaseIds: new Set(content.phases.map((p) => p.id)),
    capabilityIds: new Set(content.capabilities.map((c) => c.id)),
    attachmentIds: new Set(content.attachments.map((a) => a.id)),
    endSec: content.plannedDurationMin * 60,
  };
}

/** The issues of one inject on its own: everything but the duplicates across injects. */
function injectIssues(
  inject: ExerciseContent['injects'][number],
  i: number,
  context: InjectContext,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (...rest: IssuePath): IssuePath => ['injects', i, ...rest];
  const number = inject.number;

  if (inject.offsetSec > context.endSec) {
    issues.push(
      issue('inject_after_end', at('offsetSec'), {
        number,
        offset: formatOffset(inject.offsetSec),
        end: formatOffset(context.endSec),
      }),
    );
  }
  if (inject.phaseId !== null && !context.phaseIds.has(inject.phaseId)) {
    issues.push(issue('unknown_phase', at('phaseId'), { number, phaseId: inject.phaseId }));
  }
  if (inject.audience === 'teams' && inject.recipientTeamIds.length === 0) {
    issues.push(issue('inject_no_recipient', at('recipientTeamIds'), { number }));
  }
  inject.recipientTeamIds.forEach((teamId, k) => {
    if (!context.teams.has(teamId))
      issues.push(issue('recipient_unknown_team', at('recipientTeamIds', k), { number, teamId }));
  });
  inject.attachmentIds.forEach((attachmentId, k) => {
    if (!context.attachmentIds.has(attachmentId)) {
      issues.push(issue('unknown_attachment', at('attachmentIds', k), { number, attachmentId }));
    }
  });
  // A contingency inject is held in reserve, and a manual one is the controller's
  // call: only a timed inject that nobody has to answer looks like an omission.
  if (inject.release === 'auto' && !inject.contingency && inject.expectedActions.length === 0) {
    issues.push(issue('auto_inject_no_actions', at('expectedActions'), { number }));
  }

  const recipients = new Set(inject.recipientTeamIds);
  inject.expectedActions.forEach((action, j) => {
    const team = context.teams.get(action.teamId);
    if (!team) {
      issues.push(issue('action_unknown_team', at('expectedActions', j, 'teamId'), { number, teamId: action.teamId }));
    } else if (inject.audience !== 'all' && !recipients.has(action.teamId)) {
      issues.push(issue('action_team_not_recipient', at('expectedActions', j, 'teamId'), { number, team: team.name }));
    }
    if (action.capabilityId !== null && !context.capabilityIds.has(action.capabilityId)) {
      issues.push(
        issue('unknown_capability', at('expectedActions', j, 'capabilityId'), {
          number,
          capabilityId: action.capabilityId,
        }),
      );
    }
  });
  return issues;
}

/** An issue on every occurrence of a value that occurs more than once. */
function duplicates(entries: { value: string; path: IssuePath }[], code: IssueCode, param: string): ValidationIssue[] {
  const counts = new Map<string, number>();
  for (const { value } of entries) counts.set(value, (counts.get(value) ?? 0) + 1);
  return entries
    .filter(({ value }) => (counts.get(value) ?? 0) > 1)
    .map(({ value, path }) => issue(code, path, { [param]: value }));
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * The issues at a path or inside it: issuesAt(all, ['injects', 3]) gives everything
 * about the fourth inject, for the editor to show beside it.
 */
export function issuesAt(
  issues: readonly ValidationIssue[],
  pathPrefix: readonly (string | number)[],
): ValidationIssue[] {
  return issues.filter((i) => i.path.length >= pathPrefix.length && pathPrefix.every((p, k) => i.path[k] === p));
}

/** The parts of the document checked outside the injects or read by an inject's checks. */
const WHOLE_DOCUMENT_KEYS = [
  'teams',
  'phases',
  'capabilities',
  'objectives',
  'attachments',
  'plannedDurationMin',
] as const satisfies readonly (keyof ExerciseContent)[];
/** Beyond this many changed injects a full check is as cheap as patching. */
const PATCH_MAX_INJECTS = 8;

/**
 * The issues of `next`, from those of an earlier version of it: when only a few injects
 * changed, and not in what makes duplicates (number, ids), only those injects are checked
 * again and the rest is kept. Anything else is checked in full. The result is what
 * validateExercise(next) gives, except perhaps for order.
 */
export function revalidate(
  previous: { content: ExerciseContent; issues: ValidationIssue[] } | null,
  next: ExerciseContent,
): ValidationIssue[] {
  if (!previous) return validateExercise(next);
  const before = previous.content;
  if (before === next) return previous.issues;
  const sameElsewhere =
    before.injects.length === next.injects.length && WHOLE_DOCUMENT_KEYS.every((key) => before[key] === next[key]);
  if (!sameElsewhere) return validateExercise(next);
  const changed = new Set<number>();
  for (let i = 0; i < next.injects.length; i++) {
    const a = before.injects[i]!;
    const b = next.injects[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.number !== b.number || !sameActionIds(a, b) || changed.size >= PATCH_MAX_INJECTS) {
      return validateExercise(next);
    }
    changed.add(i);
  }
  const context = injectContext(next);
  const kept = previous.issues.filter(
    (issue) =>
      !(issue.path[0] === 'injects' && changed.has(issue.path[1] as number) && !issue.code.startsWith('duplicate_')),
  );
  return [...kept, ...[...changed].flatMap((i) => injectIssues(next.injects[i]!, i, context))];
}

function sameActionIds(a: ExerciseContent['injects'][number], b: ExerciseContent['injects'][number]): boolean {
  return (
    a.expectedActions === b.expectedActions ||
    (a.expectedActions.length === b.expectedActions.length &&
      a.expectedActions.every((action, k) => action.id === b.expectedActions[k]!.id))
  );
}
