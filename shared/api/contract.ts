// The one API contract: every method's name, who may call it, and zod schemas for
// its input and output; every event the host pushes. The dispatcher validates against
// it, the preload and the WebSocket client expose it, and the renderer's client type is
// derived from it, so no transport can drift from another.
import { z } from 'zod';
import {
  EXERCISE_KINDS,
  HAZARDS,
  exerciseContentSchema,
  exerciseSchema,
  exerciseSummarySchema,
} from '../model/exercise';
import { LOCALES } from '../i18n/locales';

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
  'library.list': method({
    input: libraryListInput,
    output: z.object({ items: z.array(exerciseSummarySchema), total: z.number().int() }),
    roles: STAFF,
  }),
  'library.get': method({ input: idInput, output: exerciseSchema, roles: STAFF }),
  'library.create': method({
    input: exerciseContentSchema,
    output: exerciseSchema,
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

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** The client every renderer gets, whichever transport is underneath. */
export type DrillbookApi = {
  call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
};
