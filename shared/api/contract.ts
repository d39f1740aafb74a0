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
} from '../model/exercise';
import { LOCALES } from '../i18n/locales';
import { MSEL_FIELDS } from '../msel/columns';
import { CSV_ENCODINGS } from '../msel/encodings';
import { BASE64_CHARS_MAX, SHEET_LIMITS } from './limits';
import type { EVENT_NAME_LIST, METHOD_NAME_LIST } from './names';

/**
 * Who is calling. The desktop window and the host's own browser link are the
 * facilitator; participant and evaluator links come with live sessions.
 */
export const ROLES = ['facilitator', 'controller', 'evaluator', 'participant', 'observer'] as const;
export type Role = (typeof ROLES)[number];

type MethodSpec<I extends z.ZodType, O extends z.ZodType> = {
  input: I;
  output: O;
  /** Roles allowed to call it. */
  roles: readonly Role[];
};

function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

const STAFF: readonly Role[] = ['facilitator'];
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
  mapping: z.record(z.enum(MSEL_FIELDS), z.number().int().min(0).max(199).nullable()),
  hasHeader: z.boolean(),
});
export const IMPORT_CHOICES = ['copy', 'replace', 'skip'] as const;

export const LIBRARY_SORTS = ['updated_desc', 'title_asc', 'created_desc'] as const;

export const libraryListInput = z.object({
  query: z.string().max(200).default(''),
  hazard: z.enum(HAZARDS).nullable().default(null),
  kind: z.enum(EXERCISE_KINDS).nullable().default(null),
  language: z.enum(LOCALES).nullable().default(null),
  tag: z.string().max(40).nullable().default(null),
  archived: z.boolean().default(false),
  sort: z.enum(LIBRARY_SORTS).default('updated_desc'),
  limit: z.number().int().min(1).max(500).default(200),
});

export const methods = {
  'app.info': method({
    input: z.object({}),
    output: z.object({ version: z.string(), role: z.enum(ROLES) }),
    roles: ROLES,
  }),
  /**
   * The caller's chosen language. Stored on the device (the renderer keeps it); the
   * desktop shell also relabels its menus when its own window calls this.
   */
  'app.setLocale': method({
    input: z.object({ locale: z.enum(LOCALES) }),
    output: z.object({ locale: z.enum(LOCALES) }),
    roles: ROLES,
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
    roles: STAFF,
  }),
  /** A stored document that no longer fits the contract: `invalid_file`, `errors.exerciseDamaged`. */
  'library.get': method({ input: idInput, output: exerciseSchema, roles: STAFF }),
  'library.create': method({
    input: exerciseContentSchema,
    output: exerciseSchema,
    roles: STAFF,
  }),
  /** Saves the whole document; refused as `conflict` if `baseRevision` is not the latest. */
  'library.update': method({
    input: z.object({
      id: z.uuid(),
      baseRevision: z.number().int().min(1).max(LIMITS.revisionMax),
      content: exerciseContentSchema,
    }),
    output: exerciseSchema,
    roles: STAFF,
  }),
  'library.duplicate': method({
    input: z.object({ id: z.uuid(), title: z.string().trim().min(1).max(200) }),
    output: exerciseSchema,
    roles: STAFF,
  }),
  'library.setArchived': method({
    input: z.object({ id: z.uuid(), archived: z.boolean() }),
    output: exerciseSchema,
    roles: STAFF,
  }),
  /** Moves to the bin; `library.restore` undoes it until the bin is emptied. */
  'library.delete': method({ input: idInput, output: z.object({ id: z.uuid() }), roles: STAFF }),
  'library.restore': method({ input: idInput, output: exerciseSchema, roles: STAFF }),
  'library.tags': method({
    input: z.object({}),
    output: z.object({ tags: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
    roles: STAFF,
  }),
  'templates.list': method({
    input: z.object({}),
    output: z.object({ templates: z.array(templateSummarySchema) }),
    roles: STAFF,
  }),
  /** Copies a built-in exercise, in one of its languages, into the library. */
  'templates.instantiate': method({
    input: z.object({ key: z.string().min(1).max(100), locale: z.enum(LOCALES) }),
    output: exerciseSchema,
    roles: STAFF,
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
    roles: STAFF,
  }),
  'attachments.get': method({
    input: z.object({ id: attachmentIdSchema }),
    output: z.object({ id: attachmentIdSchema, mime: z.string(), base64: z.string() }),
    roles: STAFF,
  }),
  'exchange.export': method({
    input: z.object({ ids: z.array(z.uuid()).min(1).max(500) }),
    output: fileOutput,
    roles: STAFF,
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
    roles: STAFF,
  }),
  'exchange.import': method({
    input: z.object({
      base64: base64Schema,
      choices: z.record(z.uuid(), z.enum(IMPORT_CHOICES)).default({}),
      /** The language the titles of copies are suffixed in. */
      locale: z.enum(LOCALES),
    }),
    output: z.object({ imported: z.array(z.object({ id: z.uuid(), title: z.string() })) }),
    roles: STAFF,
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
    roles: STAFF,
  }),
  /** What importing these rows into the exercise would do, row by row; writes nothing. */
  'msel.preview': method({
    input: mselRowsInput.extend({ id: z.uuid() }),
    output: z.object({
      rows: z.array(
        z.object({
          rowNumber: z.number().int(),
          inject: injectSchema.optional(),
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
    }),
    roles: STAFF,
  }),
  /** Appends the rows without errors to the exercise's injects. */
  'msel.import': method({
    input: mselRowsInput.extend({ id: z.uuid(), baseRevision: z.number().int().min(1).max(LIMITS.revisionMax) }),
    output: z.object({ exercise: exerciseSchema, added: z.number().int() }),
    roles: STAFF,
  }),
  'msel.export': method({
    input: z.object({ id: z.uuid(), format: z.enum(['csv', 'xlsx']), locale: z.enum(LOCALES) }),
    output: fileOutput,
    roles: STAFF,
  }),
} as const;

export const events = {
  /** Something in the library changed; listeners reload what they show. */
  'library.changed': z.object({ id: z.uuid().nullable() }),
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
};
