// The one API contract: every method's name, who may call it, and zod schemas for
// its input and output; every event the host pushes. The dispatcher validates against
// it, the preload and the WebSocket client expose it, and the renderer's client type is
// derived from it, so no transport can drift from another.
import { z } from 'zod';
import {
  attachmentIdSchema,
  attachmentMetaSchema,
  EXERCISE_KINDS,
  HAZARDS,
  exerciseContentSchema,
  exerciseSchema,
  exerciseSummarySchema,
  injectSchema,
  LIMITS,
  localIdSchema,
} from '../model/exercise';
import { LOCALES } from '../i18n/locales';
import { LIBRARY_SORTS } from '../model/vocabulary';
import { MSEL_FIELDS, type MselField } from '../msel/columns';
import { CSV_ENCODINGS } from '../msel/encodings';
import { TIME_BASE_MODES } from '../msel/timeColumn';
import { sessionCommandSchema } from '../session/commands';
import { controllerMayCommand } from '../session/controllerRights';
import { evaluatorSchema, participantRoleSchema, sessionEventSchema, staffMemberSchema } from '../session/events';
import { projectorViewSchema, SESSION_STATUSES, staffViewSchema, teamViewSchema } from '../session/views';
import { BASE64_CHARS_MAX, SESSION_EVENTS_PAGE_MAX, SESSION_TEXT_CHARS_MAX, SHEET_LIMITS } from './limits';
import type { EVENT_NAME_LIST, METHOD_NAME_LIST } from './names';
import {
  EVERYONE,
  mayNameSession,
  PRINCIPAL_KINDS,
  principalSchema,
  STAFF_ONLY,
  type Principal,
  type PrincipalKind,
} from './principal';

type MethodSpec<I extends z.ZodType, O extends z.ZodType> = {
  input: I;
  output: O;
  /** The kinds of principal allowed to call it (principal.ts). */
  principals: readonly PrincipalKind[];
  /**
   * A check of the (valid) input against the caller, after the kind is allowed: false is
   * `forbidden`. E.g. a participant may only name its own session.
   */
  allows?: (input: z.output<I>, principal: Principal) => boolean;
};

export type AnyMethodSpec = {
  input: z.ZodType;
  output: z.ZodType;
  principals: readonly PrincipalKind[];
  allows?: (input: never, principal: Principal) => boolean;
};

function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export { STAFF_ONLY as STAFF };
/** The session's own control cell: staff, and controllers of that session (each method checks which). */
const STAFF_AND_CONTROLLERS: readonly PrincipalKind[] = ['staff', 'controller'];
const idInput = z.object({ id: z.uuid() });

export const templateSummarySchema = z.object({
  key: z.string(),
  hazard: z.enum(HAZARDS),
  kind: z.enum(EXERCISE_KINDS),
  versions: z.array(
    z.object({
      locale: z.enum(LOCALES),
      title: z.string(),
      description: z.string(),
      teamCount: z.number().int(),
      injectCount: z.number().int(),
    }),
  ),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** Files travel inside calls as base64 (both transports carry JSON); see limits.ts. */
export const base64Schema = z
  .string()
  .max(BASE64_CHARS_MAX)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const fileOutput = z.object({ fileName: z.string(), base64: z.string() });
const sheetRows = z
  .array(z.array(z.string().max(SHEET_LIMITS.cellCharsMax)).max(SHEET_LIMITS.columnsMax))
  .max(SHEET_LIMITS.rowsMax);
const mselRowsInput = z.object({
  rows: sheetRows,
  // Fields left out are not imported (callers written before a field existed still work).
  mapping: z
    .partialRecord(
      z.enum(MSEL_FIELDS),
      z
        .number()
        .int()
        .min(0)
        .max(SHEET_LIMITS.columnsMax - 1)
        .nullable(),
    )
    .transform(
      (m) => Object.fromEntries(MSEL_FIELDS.map((f) => [f, m[f] ?? null])) as Record<MselField, number | null>,
    ),
  hasHeader: z.boolean(),
  /**
   * How the time column is read: offsets ("T+00:05"), or clock times ("19:29",
   * "2024-05-01 19:29") counted from the first row or from `start`. Null: as guessed.
   */
  timeBase: z
    .object({ mode: z.enum(TIME_BASE_MODES), start: z.string().trim().max(40).optional() })
    .nullable()
    .default(null),
  /** Recipient names to create as teams in the same update. */
  createTeams: z.array(z.string().trim().min(1).max(LIMITS.shortTextMax)).max(LIMITS.teamsMax).default([]),
  /** Recipient names (as written) that mean an existing team: name → team id. */
  teamMatches: z.record(z.string().max(LIMITS.shortTextMax), localIdSchema).default({}),
});
export const IMPORT_CHOICES = ['copy', 'replace', 'skip'] as const;

export { LIBRARY_SORTS };

export const libraryListInput = z.object({
  query: z.string().max(200).default(''),
  hazard: z.enum(HAZARDS).nullable().default(null),
  kind: z.enum(EXERCISE_KINDS).nullable().default(null),
  language: z.enum(LOCALES).nullable().default(null),
  tag: z.string().max(40).nullable().default(null),
  archived: z.boolean().default(false),
  sort: z.enum(LIBRARY_SORTS).default('updated_desc'),
  limit: z.number().int().min(1).max(500).default(200),
  /** Rows skipped before the page: the library screen pages through any number of exercises. */
  offset: z.number().int().min(0).default(0),
});

/** Something the host wants the facilitator to know about its start, as a catalogue key. */
export const startupNoticeSchema = z.object({
  messageKey: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type StartupNotice = z.infer<typeof startupNoticeSchema>;

/** A session as the control cell sees it, and the last event it reflects. */
export const sessionSnapshotSchema = z.object({ seq: z.number().int().min(1), view: staffViewSchema });
export const sessionSummarySchema = z.object({
  sessionId: z.uuid(),
  exerciseId: z.uuid(),
  title: z.string(),
  rehearsal: z.boolean(),
  status: z.enum(SESSION_STATUSES),
  joinCode: z.string(),
  createdAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
const sessionIdInput = z.object({ sessionId: z.uuid() });

/**
 * Live connections to one session. `people`: per person (waiting, participant or
 * evaluator id), how many of their browsers are connected; the projector screens counted.
 */
export const presenceSchema = z.object({
  people: z.record(z.string(), z.number().int().min(1)),
  projectors: z.number().int().min(0),
});
export type Presence = z.infer<typeof presenceSchema>;

/** What a connection subscribes to: the library or the LAN (staff), or one session's events. */
export const topicSchema = z.union([z.literal('library'), z.literal('lan'), z.object({ session: z.uuid() })]);
export type Topic = z.infer<typeof topicSchema>;

/**
 * Whether the office network may reach this host, and the addresses to give people:
 * `addresses` are the office-network ones (empty while closed), `loopbackUrl` this
 * computer's own (a second window, the projector), null where no web transport runs.
 */
export const lanStatusSchema = z.object({
  open: z.boolean(),
  addresses: z.array(z.object({ address: z.string(), url: z.string() })),
  loopbackUrl: z.string().nullable(),
});
export type LanStatus = z.infer<typeof lanStatusSchema>;

/** What a participant may do; the team is the caller's own. */
export const participantCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('seen'), injectId: localIdSchema }),
  z.object({ type: z.literal('acknowledge'), injectId: localIdSchema }),
  z.object({
    type: z.literal('respond'),
    injectId: localIdSchema,
    text: z.string().trim().max(SESSION_TEXT_CHARS_MAX).default(''),
    decision: z.number().int().min(0).nullable().default(null),
    /** Chosen by the device, so sending it again after a lost reply records it once. */
    responseId: z.string().min(1).max(64).optional(),
  }),
  z.object({
    type: z.literal('message'),
    messageId: z.string().min(1).max(64),
    text: z.string().trim().min(1).max(SESSION_TEXT_CHARS_MAX),
  }),
]);
export type ParticipantCommand = z.infer<typeof participantCommandSchema>;

export const methods = {
  'app.info': method({
    input: z.object({}),
    /** `notices` go to staff only; other principals get an empty list. */
    output: z.object({
      version: z.string(),
      principal: z.enum(PRINCIPAL_KINDS),
      notices: z.array(startupNoticeSchema),
    }),
    principals: EVERYONE,
  }),
  /**
   * The caller's chosen language. Stored on the device (the renderer keeps it); the
   * desktop shell also relabels its menus when its own window calls this.
   */
  'app.setLocale': method({
    input: z.object({ locale: z.enum(LOCALES) }),
    output: z.object({ locale: z.enum(LOCALES) }),
    principals: EVERYONE,
  }),
  /**
   * `damaged`: stored exercises among the results that no longer fit the contract. They
   * are left out of `items` (and `total`) so the rest still lists; the screen names them
   * and offers to move them to the bin (`library.delete` never reads the document).
   */
  'library.list': method({
    input: libraryListInput,
    output: z.object({
      items: z.array(exerciseSummarySchema),
      total: z.number().int(),
      damaged: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
    }),
    principals: STAFF_ONLY,
  }),
  /** A stored document that no longer fits the contract: `invalid_file`, `errors.exerciseDamaged`. */
  'library.get': method({ input: idInput, output: exerciseSchema, principals: STAFF_ONLY }),
  'library.create': method({
    input: exerciseContentSchema,
    output: exerciseSchema,
    principals: STAFF_ONLY,
  }),
  /** Saves the whole document; refused as `conflict` if `baseRevision` is not the latest. */
  'library.update': method({
    input: z.object({
      id: z.uuid(),
      baseRevision: z.number().int().min(1).max(LIMITS.revisionMax),
      content: exerciseContentSchema,
    }),
    output: exerciseSchema,
    principals: STAFF_ONLY,
  }),
  'library.duplicate': method({
    input: z.object({ id: z.uuid(), title: z.string().trim().min(1).max(200) }),
    output: exerciseSchema,
    principals: STAFF_ONLY,
  }),
  'library.setArchived': method({
    input: z.object({ id: z.uuid(), archived: z.boolean() }),
    output: exerciseSchema,
    principals: STAFF_ONLY,
  }),
  /** Moves to the bin; `library.restore` undoes it until the bin is emptied. */
  'library.delete': method({ input: idInput, output: z.object({ id: z.uuid() }), principals: STAFF_ONLY }),
  'library.restore': method({ input: idInput, output: exerciseSchema, principals: STAFF_ONLY }),
  'library.tags': method({
    input: z.object({}),
    output: z.object({ tags: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
    principals: STAFF_ONLY,
  }),
  'templates.list': method({
    input: z.object({}),
    output: z.object({ templates: z.array(templateSummarySchema) }),
    principals: STAFF_ONLY,
  }),
  /** Copies a built-in exercise, in one of its languages, into the library. */
  'templates.instantiate': method({
    input: z.object({ key: z.string().min(1).max(100), locale: z.enum(LOCALES) }),
    output: exerciseSchema,
    principals: STAFF_ONLY,
  }),
  'attachments.put': method({
    input: z.object({
      name: z.string().trim().min(1).max(255),
      mime: z.string().min(1).max(255),
      base64: base64Schema,
      /** The exercise it is for: refused if it would take it past LIMITS.exerciseAttachmentBytesMax. */
      exerciseId: z.uuid().optional(),
    }),
    output: attachmentMetaSchema,
    principals: STAFF_ONLY,
  }),
  'attachments.get': method({
    input: z.object({ id: attachmentIdSchema }),
    output: z.object({ id: attachmentIdSchema, mime: z.string(), base64: z.string() }),
    principals: STAFF_ONLY,
  }),
  'exchange.export': method({
    input: z.object({ ids: z.array(z.uuid()).min(1).max(500) }),
    output: fileOutput,
    principals: STAFF_ONLY,
  }),
  /** Reads and verifies a `.drill` file without writing anything. */
  'exchange.preview': method({
    input: z.object({ base64: base64Schema }),
    output: z.object({
      formatVersion: z.number().int(),
      appVersion: z.string(),
      createdAt: z.string(),
      exercises: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          language: z.enum(LOCALES),
          teamCount: z.number().int(),
          injectCount: z.number().int(),
          updatedAt: z.string(),
          /** An exercise with this id is already in the library: the user must choose. */
          exists: z.boolean(),
        }),
      ),
    }),
    principals: STAFF_ONLY,
  }),
  'exchange.import': method({
    input: z.object({
      base64: base64Schema,
      choices: z.record(z.uuid(), z.enum(IMPORT_CHOICES)).default({}),
      /** The language the titles of copies are suffixed in. */
      locale: z.enum(LOCALES),
    }),
    output: z.object({ imported: z.array(z.object({ id: z.uuid(), title: z.string() })) }),
    principals: STAFF_ONLY,
  }),
  /** Reads a CSV or XLSX file into rows (CSV decoded as detected, or as `encoding`). */
  'msel.read': method({
    input: z.object({
      fileName: z.string().max(255),
      base64: base64Schema,
      encoding: z.enum(CSV_ENCODINGS).nullable().default(null),
    }),
    output: z.object({
      format: z.enum(['csv', 'xlsx']),
      encoding: z.enum(CSV_ENCODINGS).nullable(),
      detected: z.enum(CSV_ENCODINGS).nullable(),
      sheets: z.array(z.object({ name: z.string(), rows: sheetRows })),
    }),
    principals: STAFF_ONLY,
  }),
  /** What importing these rows into the exercise would do, row by row; writes nothing. */
  'msel.preview': method({
    input: mselRowsInput.extend({ id: z.uuid() }),
    output: z.object({
      rows: z.array(
        z.object({
          rowNumber: z.number().int(),
          inject: injectSchema.optional(),
          shown: z.object({
            number: z.string(),
            timeText: z.string(),
            offsetSec: z.number().int().nullable(),
            audience: z.enum(['all', 'teams']),
            recipients: z.array(z.string()),
            title: z.string(),
          }),
          problems: z.array(
            z.object({
              column: z.enum(MSEL_FIELDS).nullable(),
              severity: z.enum(['error', 'warning']),
              messageKey: z.string(),
              params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
            }),
          ),
        }),
      ),
      counts: z.object({ total: z.number(), ok: z.number(), warnings: z.number(), errors: z.number() }),
      time: z.object({
        suggested: z.enum(TIME_BASE_MODES),
        applied: z.object({ mode: z.enum(TIME_BASE_MODES), start: z.string().optional() }),
        /** The clock reading that became T+00:00. */
        start: z.string().nullable(),
      }),
      /** Recipients that are no team yet, with a close existing team when there is one. */
      unknownRecipients: z.array(
        z.object({
          name: z.string(),
          rows: z.number().int(),
          suggestion: z.object({ teamId: z.string(), name: z.string() }).nullable(),
        }),
      ),
      /** The teams the import would create. */
      newTeams: z.array(z.object({ name: z.string(), colour: z.string() })),
    }),
    principals: STAFF_ONLY,
  }),
  /** Appends the rows without errors to the exercise's injects, creating the teams asked for. */
  'msel.import': method({
    input: mselRowsInput.extend({ id: z.uuid(), baseRevision: z.number().int().min(1).max(LIMITS.revisionMax) }),
    output: z.object({ exercise: exerciseSchema, added: z.number().int() }),
    principals: STAFF_ONLY,
  }),
  'msel.export': method({
    input: z.object({ id: z.uuid(), format: z.enum(['csv', 'xlsx']), locale: z.enum(LOCALES) }),
    output: fileOutput,
    principals: STAFF_ONLY,
  }),
  /**
   * A new session from the exercise as it is now (frozen into the session). "Run again"
   * is another call: a new session, from the exercise's current version; earlier
   * sessions are never overwritten. A rehearsal is the same session, marked.
   */
  'session.create': method({
    input: z.object({
      exerciseId: z.uuid(),
      teamIds: z.array(localIdSchema).min(1).max(100),
      staff: z.array(staffMemberSchema).min(1).max(100),
      evaluators: z.array(evaluatorSchema).max(100).default([]),
      rehearsal: z.boolean().default(false),
    }),
    output: sessionSnapshotSchema,
    principals: STAFF_ONLY,
  }),
  /** Newest first; rehearsals only when asked for (reports and history leave them out). */
  'session.list': method({
    input: z.object({ exerciseId: z.uuid().nullable().default(null), includeRehearsals: z.boolean().default(false) }),
    output: z.object({ items: z.array(sessionSummarySchema) }),
    principals: STAFF_ONLY,
  }),
  /**
   * The console's view; evaluators of the session follow it read-only, its controllers
   * run it (session.command).
   */
  'session.get': method({
    input: sessionIdInput,
    output: sessionSnapshotSchema,
    principals: ['staff', 'controller', 'evaluator'],
    allows: mayNameSession,
  }),
  /**
   * One control-cell action; refused (nothing written) with a `session.errors.*` key.
   * `staffId`: the member of the control cell acting; the session's first facilitator
   * until staff sign in one by one. A controller acts as itself: it may not name another
   * member (forbidden), nor end, abort or make controllers (controllerMayCommand).
   */
  'session.command': method({
    input: z.object({
      sessionId: z.uuid(),
      command: sessionCommandSchema,
      staffId: z.string().min(1).max(64).optional(),
    }),
    output: sessionSnapshotSchema,
    principals: STAFF_AND_CONTROLLERS,
    allows: (input, principal) =>
      principal.kind === 'staff' ||
      (principal.kind === 'controller' &&
        mayNameSession(input, principal) &&
        (input.staffId === undefined || input.staffId === principal.staffId) &&
        controllerMayCommand(input.command)),
  }),
  /** The log after `afterSeq`, for a screen catching up after a reconnect. */
  'session.events': method({
    input: sessionIdInput.extend({
      afterSeq: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(SESSION_EVENTS_PAGE_MAX).default(SESSION_EVENTS_PAGE_MAX),
    }),
    output: z.object({ events: z.array(sessionEventSchema), lastSeq: z.number().int().min(1) }),
    principals: STAFF_AND_CONTROLLERS,
    allows: mayNameSession,
  }),
  /**
   * What the join page shows for a code before joining: the session's title and its teams
   * (nothing secret). Limited and slowed like `session.join`; a session that is over
   * (`session.errors.sessionEnded`) or full (`session.errors.sessionFull`) is refused.
   */
  'session.joinInfo': method({
    input: z.object({ joinCode: z.string().max(20) }),
    output: z.object({
      sessionId: z.uuid(),
      title: z.string(),
      status: z.enum(SESSION_STATUSES),
      teams: z.array(z.strictObject({ id: z.string(), name: z.string(), agency: z.string(), colour: z.string() })),
    }),
    principals: ['guest'],
  }),
  /**
   * A guest joins with the session's code, a name and the team they say they are in, then
   * waits for the control cell. The secret brings the same person back later (keep it).
   * Rate-limited per address; a wrong code is answered slowly.
   */
  'session.join': method({
    input: z.object({
      joinCode: z.string().max(20),
      name: z.string().trim().min(1).max(200),
      requestedTeamId: localIdSchema.nullable().default(null),
      requestedRole: participantRoleSchema.default('team'),
    }),
    output: z.object({ secret: z.string(), principal: principalSchema }),
    principals: ['guest'],
  }),
  /** A returning guest (reload, reconnect, host restart) is itself again, with its secret. */
  'session.resume': method({
    input: z.object({ secret: z.string().min(1).max(100) }),
    output: z.object({ principal: principalSchema }),
    principals: ['guest', 'waiting', 'participant', 'projector', 'evaluator', 'controller'],
  }),
  /** What a participant's screen shows: its team's view, or the waiting room. */
  'session.myView': method({
    input: sessionIdInput,
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('team'), seq: z.number().int(), view: teamViewSchema }),
      z.object({
        kind: z.literal('waiting'),
        seq: z.number().int(),
        title: z.string(),
        status: z.enum(SESSION_STATUSES),
        name: z.string(),
        requestedTeamId: z.string().nullable(),
        /** The team's name, so the waiting room can say which team was asked for. */
        requestedTeamName: z.string().nullable(),
        requestedRole: participantRoleSchema,
      }),
    ]),
    principals: ['participant', 'waiting'],
    allows: mayNameSession,
  }),
  /** A participant acts for its own team: the team comes from the caller, never from here. */
  'session.participantCommand': method({
    input: sessionIdInput.extend({ command: participantCommandSchema }),
    output: z.object({ seq: z.number().int().min(1) }),
    principals: ['participant'],
    allows: mayNameSession,
  }),
  /**
   * An attachment of an inject already released to the caller's team; any other id is
   * answered exactly as one that does not exist (`errors.attachmentNotFound`).
   */
  'session.attachment': method({
    input: sessionIdInput.extend({ attachmentId: attachmentIdSchema }),
    output: z.object({ name: z.string(), mime: z.string(), base64: z.string() }),
    principals: ['participant'],
    allows: mayNameSession,
  }),
  /** A secret for the room's screen: opened on the guest address, it shows the projector view. */
  'session.projectorLink': method({
    input: sessionIdInput,
    output: z.object({ secret: z.string() }),
    principals: STAFF_ONLY,
  }),
  'session.projectorView': method({
    input: sessionIdInput,
    output: z.object({ seq: z.number().int(), view: projectorViewSchema }),
    principals: ['projector'],
    allows: mayNameSession,
  }),
  /**
   * Exactly what the team's own participants see (the same view function), for the
   * control cell to check a team's screen, above all in a rehearsal.
   */
  'session.teamPreview': method({
    input: sessionIdInput.extend({ teamId: localIdSchema }),
    output: z.object({ seq: z.number().int(), view: teamViewSchema }),
    principals: STAFF_AND_CONTROLLERS,
    allows: mayNameSession,
  }),
  /** Who is connected to the session now (not in the log: presence is ephemeral). */
  'session.presence': method({
    input: sessionIdInput,
    output: presenceSchema,
    principals: STAFF_AND_CONTROLLERS,
    allows: mayNameSession,
  }),
  /**
   * Pushed events for one topic on this connection, starting after `afterSeq` (what came
   * since is sent first: no gap, no duplicate). The library is for staff; a session, for
   * those who belong to it, each sent only what it may receive.
   */
  'lan.status': method({ input: z.object({}), output: lanStatusSchema, principals: STAFF_ONLY }),
  /**
   * Opens the host to the office network: listens on this computer's private addresses
   * (again after a network change: new addresses are added, gone ones dropped). Refused
   * with `lan.errors.noAddress` when there is none.
   */
  'lan.open': method({ input: z.object({}), output: lanStatusSchema, principals: STAFF_ONLY }),
  /** Stops listening on the office network and drops every connection that came through it. */
  'lan.close': method({ input: z.object({}), output: lanStatusSchema, principals: STAFF_ONLY }),
  'events.subscribe': method({
    input: z.object({ topic: topicSchema, afterSeq: z.number().int().min(0).default(0) }),
    output: z.object({ seq: z.number().int().min(0) }),
    principals: ['staff', 'participant', 'waiting', 'evaluator', 'controller', 'projector'],
    allows: ({ topic }, principal) =>
      principal.kind === 'staff' ||
      (typeof topic === 'object' && mayNameSession({ sessionId: topic.session }, principal)),
  }),
} as const;

export const events = {
  /** Something in the library changed; listeners reload what they show. `seq`: the hub's count. */
  'library.changed': z.object({ id: z.uuid().nullable(), seq: z.number().int().min(0).optional() }),
  /** A session's log grew to `seq`; its screens fetch the new view (or the events after theirs). */
  'session.changed': z.object({ sessionId: z.uuid(), seq: z.number().int().min(1) }),
  /** The LAN was opened or closed (staff only); listeners ask `lan.status` again. */
  'lan.changed': z.object({ seq: z.number().int().min(0).optional() }),
  /** Someone connected to the session or left: to staff subscribed to it, never to guests. */
  'session.presence': z.object({ sessionId: z.uuid(), presence: presenceSchema }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];
export { isEventName, isMethodName } from './names';

// The zod-free name lists in names.ts must be exactly these: a compile error otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodNamesMatch: Same<(typeof METHOD_NAME_LIST)[number], MethodName> = true;
const eventNamesMatch: Same<(typeof EVENT_NAME_LIST)[number], EventName> = true;
void methodNamesMatch;
void eventNamesMatch;

/** The client every renderer gets, whichever transport is underneath. */
export type DrillbookApi = {
  call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Events of this topic after `afterSeq` (a session screen passes the seq of the snapshot
   * it shows; the library's and the LAN's are asked for by `on('library.changed')` and
   * `on('lan.changed')`). Over the WebSocket
   * it is asked again after every reconnect, from the last seq received.
   */
  subscribe(topic: Topic, afterSeq?: number): () => void;
};
