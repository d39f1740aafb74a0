// The exercise document: what a facilitator authors, what a `.drill` file carries,
// and what a live session snapshots when it starts (so later edits never change a
// session that already ran). The database stores it whole, with summary columns
// beside it for listing and an FTS index for search.
import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { EXERCISE_KINDS, HAZARDS } from './vocabulary';

export { EXERCISE_KINDS, HAZARDS };
export const CHANNELS = ['phone', 'radio', 'email', 'media', 'field_report', 'briefing', 'document'] as const;
export const RELEASE_MODES = ['auto', 'manual'] as const;
export const AUDIENCES = ['all', 'teams'] as const;

export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
export type Hazard = (typeof HAZARDS)[number];
export type Channel = (typeof CHANNELS)[number];

/** Ids inside a document are short opaque strings, unique within that document. */
export const localIdSchema = z.string().trim().min(1).max(64);
/** Attachments are content-addressed: the id is the SHA-256 of the bytes, in hex. */
export const attachmentIdSchema = z.string().regex(/^[0-9a-f]{64}$/);
/**
 * Rich text is Markdown: portable across machines and versions, diffable, and safe to
 * render without raw HTML. Images and files point at attachments as `attachment:<sha256>`.
 */
export const richTextSchema = z.string().max(200_000);

/**
 * How large every part of an exercise may grow. Each list and number in the document has
 * a bound, so a file from elsewhere (or a hand-edited database) can never carry a value
 * the library, the transports or the screens cannot hold. The built-in templates use a
 * small fraction of each; the editor shows the bound when a part reaches it.
 */
export const LIMITS = {
  titleMax: 200,
  shortTextMax: 500,
  tagMax: 40,
  tagsMax: 30,
  teamsMax: 100,
  injectsMax: 2_000,
  objectivesMax: 200,
  capabilitiesMax: 200,
  phasesMax: 100,
  /** People listed in one team. */
  rosterMax: 500,
  /** Choices offered by one inject. */
  decisionOptionsMax: 20,
  /** Expected actions of one inject. */
  expectedActionsMax: 100,
  /** Discussion questions of one phase or one inject. */
  discussionQuestionsMax: 50,
  /** Attachments of one exercise. */
  attachmentsMax: 500,
  /** Attachments one inject shows. */
  injectAttachmentsMax: 50,
  /**
   * The library's save counter. An autosave every second for thirty years stays below
   * it, and it is far inside what a JSON number holds exactly (2^53 − 1), so `+ 1` can
   * never produce a value that no longer reads back. Imports re-number (see
   * libraryService.importExercise); a write past it is refused.
   */
  revisionMax: 1_000_000_000,
  /** One attachment; a `.drill` import enforces the same per entry. */
  attachmentBytesMax: 25 * 1024 * 1024,
  /**
   * All attachments of one exercise together. With the exercise's own text it still fits
   * one `.drill` file (FILE_BYTES_MAX in shared/api/limits.ts, 256 MiB), so whatever the
   * library holds can be exported and imported back.
   */
  exerciseAttachmentBytesMax: 200 * 1024 * 1024,
  /**
   * The exercise document itself, as a `.drill` file carries it (see exerciseDocBytes):
   * its texts together. One `.drill` entry holds at most this much, as one attachment.
   */
  exerciseDocBytesMax: 25 * 1024 * 1024,
  /** Planned duration, in minutes: up to a week-long full-scale exercise. */
  durationMinMax: 7 * 24 * 60,
} as const;

export const capabilitySchema = z.object({
  id: localIdSchema,
  name: z.string().trim().min(1).max(LIMITS.shortTextMax),
});

export const objectiveSchema = z.object({
  id: localIdSchema,
  text: z.string().trim().min(1).max(2_000),
  capabilityIds: z.array(localIdSchema).max(LIMITS.capabilitiesMax).default([]),
});

export const rosterEntrySchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.shortTextMax),
  role: z.string().trim().max(LIMITS.shortTextMax).default(''),
});

export const teamSchema = z.object({
  id: localIdSchema,
  name: z.string().trim().min(1).max(LIMITS.shortTextMax),
  agency: z.string().trim().max(LIMITS.shortTextMax).default(''),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  roster: z.array(rosterEntrySchema).max(LIMITS.rosterMax).default([]),
});

const discussionQuestionsSchema = z
  .array(z.string().trim().min(1).max(2_000))
  .max(LIMITS.discussionQuestionsMax)
  .default([]);

export const phaseSchema = z.object({
  id: localIdSchema,
  name: z.string().trim().min(1).max(LIMITS.shortTextMax),
  /** Discussion questions that close the phase (tabletop modules). */
  discussionQuestions: discussionQuestionsSchema,
});

export const expectedActionSchema = z.object({
  id: localIdSchema,
  teamId: localIdSchema,
  description: z.string().trim().min(1).max(4_000),
  capabilityId: localIdSchema.nullable().default(null),
  /** Minutes after the inject's release by which the action is due; null: no limit. */
  timeLimitMin: z.number().int().min(1).max(LIMITS.durationMinMax).nullable().default(null),
  /** Relative weight in the team's score. */
  weight: z.number().min(0).max(100).default(1),
});

export const injectSchema = z.object({
  id: localIdSchema,
  /** MSEL number as the designer writes it: "1", "2.3", "C1" for a contingency. */
  number: z.string().trim().min(1).max(20),
  phaseId: localIdSchema.nullable().default(null),
  /** Scenario time: seconds after the start of the exercise (shown as T+hh:mm). */
  offsetSec: z
    .number()
    .int()
    .min(0)
    .max(LIMITS.durationMinMax * 60),
  release: z.enum(RELEASE_MODES).default('auto'),
  /** Held in reserve to push a stalled team or restore the timeline. */
  contingency: z.boolean().default(false),
  channel: z.enum(CHANNELS),
  /** The simulated sender ("Duty officer, Provincial Police"). */
  sender: z.string().trim().max(LIMITS.shortTextMax).default(''),
  audience: z.enum(AUDIENCES).default('teams'),
  recipientTeamIds: z.array(localIdSchema).max(LIMITS.teamsMax).default([]),
  title: z.string().trim().min(1).max(LIMITS.titleMax),
  body: richTextSchema.default(''),
  attachmentIds: z.array(attachmentIdSchema).max(LIMITS.injectAttachmentsMax).default([]),
  /** Optional choices offered to the teams (a decision point). */
  decisionOptions: z
    .array(z.string().trim().min(1).max(LIMITS.shortTextMax))
    .max(LIMITS.decisionOptionsMax)
    .default([]),
  expectedActions: z.array(expectedActionSchema).max(LIMITS.expectedActionsMax).default([]),
  /** Never shown to players. */
  controllerNotes: z.string().max(10_000).default(''),
  /** Never shown to players until the facilitator raises them. */
  discussionQuestions: discussionQuestionsSchema,
});

export const attachmentMetaSchema = z.object({
  id: attachmentIdSchema,
  name: z.string().trim().min(1).max(255),
  mime: z.string().min(1).max(255),
  size: z.number().int().min(0).max(LIMITS.attachmentBytesMax),
});

/** Bytes of all attachments of one exercise, each counted once. */
export function attachmentBytesTotal(attachments: readonly { id: string; size: number }[]): number {
  return [...new Map(attachments.map((a) => [a.id, a.size])).values()].reduce((sum, size) => sum + size, 0);
}

/**
 * Bytes of the document as a `.drill` file writes it (pretty-printed UTF-8 JSON), the
 * measure LIMITS.exerciseDocBytesMax bounds.
 */
export function exerciseDocBytes(doc: object): number {
  return new TextEncoder().encode(JSON.stringify(doc, null, 2)).length;
}

/** Everything a facilitator writes: no id, timestamps or revision (the library owns those). */
export const exerciseContentSchema = z.object({
  title: z.string().trim().min(1).max(LIMITS.titleMax),
  description: z.string().trim().max(4_000).default(''),
  kind: z.enum(EXERCISE_KINDS).default('tabletop'),
  hazard: z.enum(HAZARDS).default('other'),
  narrative: richTextSchema.default(''),
  background: richTextSchema.default(''),
  location: z.string().trim().max(LIMITS.shortTextMax).default(''),
  plannedDurationMin: z.number().int().min(1).max(LIMITS.durationMinMax).default(120),
  language: z.enum(LOCALES).default('en'),
  objectives: z.array(objectiveSchema).max(LIMITS.objectivesMax).default([]),
  capabilities: z.array(capabilitySchema).max(LIMITS.capabilitiesMax).default([]),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tagMax)).max(LIMITS.tagsMax).default([]),
  teams: z.array(teamSchema).max(LIMITS.teamsMax).default([]),
  phases: z.array(phaseSchema).max(LIMITS.phasesMax).default([]),
  injects: z.array(injectSchema).max(LIMITS.injectsMax).default([]),
  /** Their bytes together stay within exerciseAttachmentBytesMax: the library checks it on every write. */
  attachments: z.array(attachmentMetaSchema).max(LIMITS.attachmentsMax).default([]),
});

export const exerciseSchema = exerciseContentSchema.extend({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Bumped on every save; an edit based on an older revision is refused, not merged. */
  revision: z.number().int().min(1).max(LIMITS.revisionMax),
  archivedAt: z.iso.datetime().nullable().default(null),
});

export type Capability = z.infer<typeof capabilitySchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type ExpectedAction = z.infer<typeof expectedActionSchema>;
export type Inject = z.infer<typeof injectSchema>;
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
export type ExerciseContent = z.infer<typeof exerciseContentSchema>;
/** What callers may pass in: defaults not yet applied. */
export type ExerciseContentInput = z.input<typeof exerciseContentSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;

/** What a facilitator wrote, without the library's id, timestamps and revision. */
export function contentOf(exercise: Exercise | ExerciseContent): ExerciseContent {
  // zod objects drop keys they don't declare: exactly the library's own fields here.
  return exerciseContentSchema.parse(exercise);
}

/** One row of the library list: what the list screen needs, never the whole document. */
export const exerciseSummarySchema = z.object({
  id: z.uuid(),
  title: z.string().max(LIMITS.titleMax),
  description: z.string().max(4_000),
  kind: z.enum(EXERCISE_KINDS),
  hazard: z.enum(HAZARDS),
  language: z.enum(LOCALES),
  tags: z.array(z.string().max(LIMITS.tagMax)).max(LIMITS.tagsMax),
  teamCount: z.number().int().min(0).max(LIMITS.teamsMax),
  injectCount: z.number().int().min(0).max(LIMITS.injectsMax),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  revision: z.number().int().min(1).max(LIMITS.revisionMax),
  archivedAt: z.iso.datetime().nullable(),
});
export type ExerciseSummary = z.infer<typeof exerciseSummarySchema>;
