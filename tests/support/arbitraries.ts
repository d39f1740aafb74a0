// fast-check arbitraries for exercise documents. Every generated exercise is already in
// parsed form: exerciseSchema.parse(x) deep-equals x (strings pre-trimmed and within
// their limits, no -0, ISO dates with Z), and its references hang together (injects point
// at real teams, phases, capabilities and attachments). Reuse them in any property test.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { LOCALES } from '../../shared/i18n/locales';
import {
  AUDIENCES,
  CHANNELS,
  EXERCISE_KINDS,
  HAZARDS,
  LIMITS,
  RELEASE_MODES,
  type AttachmentMeta,
  type Capability,
  type Exercise,
  type ExpectedAction,
  type Inject,
  type Objective,
  type Phase,
  type Team,
} from '../../shared/model/exercise';

const VI_WORDS = [
  'Diễn tập',
  'phòng cháy',
  'chữa cháy',
  'cứu nạn',
  'cứu hộ',
  'cửa khẩu',
  'biên phòng',
  'hải quan',
  'dịch bệnh',
  'Ban chỉ đạo',
  'tình huống',
  'sơ tán',
  'Hà Nội',
  'Lào Cai',
  'Móng Cái',
  'khẩn cấp',
  'ứng phó',
  'rút kinh nghiệm',
  'lực lượng',
  'Đội PCCC & CNCH',
  'hóa chất nguy hiểm',
];
const ZH_HANS_WORDS = [
  '桌面推演',
  '演练',
  '消防救援',
  '海关',
  '边检站',
  '导调组',
  '情景注入',
  '应急预案',
  '疫情',
  '危险化学品',
  '疏散',
  '口岸',
  '指挥部',
  '现场讲评',
  '预期行动',
];
const ZH_HANT_WORDS = [
  '桌上推演',
  '演練',
  '消防救援',
  '海關',
  '邊檢站',
  '導調組',
  '狀況',
  '應變計畫',
  '疏散',
  '指揮所',
  '現場講評',
  '預期行動',
];
const EN_WORDS = ['Port', 'fire', 'evacuation', 'customs', 'drill', 'Phase 2', 'team', 'alarm', '#1', '—'];
const WORDS = [...VI_WORDS, ...ZH_HANS_WORDS, ...ZH_HANT_WORDS, ...EN_WORDS];

/** Trimmed, and cut to `max` UTF-16 units (what zod's .max counts) without splitting a character. */
function clip(s: string, max: number): string {
  let out = '';
  for (const ch of s.trim()) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trim();
}

/** A trimmed string of `min`..`max` units: domain words in vi/zh/en, or arbitrary graphemes. */
export function textArb(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
      fc.string({ unit: 'grapheme', maxLength: 24 }),
    )
    .map((s) => clip(s, max))
    .filter((s) => s.length >= min);
}

/** Markdown: not trimmed by the schema, so leading and trailing whitespace survive. */
export const richTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.array(fc.constantFrom(...WORDS, '\n\n', '**', '- ', '# '), { maxLength: 20 }).map((w) => w.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-'.split('');
/** A local id with a prefix per kind, so ids never collide across kinds in one document. */
function localIdArb(prefix: string): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 12 }).map((s) => `${prefix}${s}`);
}

export const isoDateArb: fc.Arbitrary<string> = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const colourArb = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

function oneOfOrNull(values: readonly string[]): fc.Arbitrary<string | null> {
  return values.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...values), { nil: null });
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An attachment with random bytes; its id is their real SHA-256. */
export const attachmentArb: fc.Arbitrary<{ meta: AttachmentMeta; bytes: Buffer }> = fc
  .record({
    data: fc.uint8Array({ maxLength: 2048 }),
    name: textArb(1, 255),
    mime: fc.constantFrom('image/png', 'image/jpeg', 'application/pdf', 'text/plain', 'audio/mpeg'),
  })
  .map(({ data, name, mime }) => {
    const bytes = Buffer.from(data);
    return { meta: { id: sha256Hex(bytes), name, mime, size: bytes.length }, bytes };
  });

const capabilityArb: fc.Arbitrary<Capability> = fc.record({
  id: localIdArb('c-'),
  name: textArb(1, LIMITS.shortTextMax),
});

export const teamArb: fc.Arbitrary<Team> = fc.record({
  id: localIdArb('t-'),
  name: textArb(1, LIMITS.shortTextMax),
  agency: textArb(0, LIMITS.shortTextMax),
  colour: colourArb,
  roster: fc.array(fc.record({ name: textArb(1, LIMITS.shortTextMax), role: textArb(0, LIMITS.shortTextMax) }), {
    maxLength: 3,
  }),
});

const phaseArb: fc.Arbitrary<Phase> = fc.record({
  id: localIdArb('p-'),
  name: textArb(1, LIMITS.shortTextMax),
  discussionQuestions: fc.array(textArb(1, 2_000), { maxLength: 2 }),
});

interface Refs {
  teamIds: string[];
  phaseIds: string[];
  capabilityIds: string[];
  attachmentIds: string[];
}

function expectedActionArb(refs: Refs): fc.Arbitrary<ExpectedAction> {
  return fc.record({
    id: localIdArb('a-'),
    teamId: fc.constantFrom(...refs.teamIds),
    description: textArb(1, 4_000),
    capabilityId: oneOfOrNull(refs.capabilityIds),
    timeLimitMin: fc.option(fc.integer({ min: 1, max: LIMITS.durationMinMax }), { nil: null }),
    // `+ 0` turns -0 into 0: JSON cannot carry -0 and the round trip must be exact.
    weight: fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.double({ min: 0, max: 100, noNaN: true }).map((w) => w + 0),
    ),
  });
}

function injectArb(refs: Refs): fc.Arbitrary<Inject> {
  return fc.record({
    id: localIdArb('i-'),
    number: fc.oneof(
      fc.nat(999).map(String),
      fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
      fc.nat(99).map((n) => `C${n}`),
    ),
    phaseId: oneOfOrNull(refs.phaseIds),
    offsetSec: fc.integer({ min: 0, max: LIMITS.durationMinMax * 60 }),
    release: fc.constantFrom(...RELEASE_MODES),
    contingency: fc.boolean(),
    channel: fc.constantFrom(...CHANNELS),
    sender: textArb(0, LIMITS.shortTextMax),
    audience: fc.constantFrom(...AUDIENCES),
    recipientTeamIds: fc.subarray(refs.teamIds),
    title: textArb(1, LIMITS.titleMax),
    body: richTextArb,
    attachmentIds: fc.subarray(refs.attachmentIds),
    decisionOptions: fc.array(textArb(1, LIMITS.shortTextMax), { maxLength: 3 }),
    expectedActions:
      refs.teamIds.length === 0
        ? fc.constant([])
        : fc.uniqueArray(expectedActionArb(refs), { maxLength: 3, selector: (a) => a.id }),
    controllerNotes: fc.string({ unit: 'grapheme', maxLength: 60 }),
    discussionQuestions: fc.array(textArb(1, 2_000), { maxLength: 2 }),
  });
}

function objectiveArb(capabilityIds: string[]): fc.Arbitrary<Objective> {
  return fc.record({ id: localIdArb('o-'), text: textArb(1, 2_000), capabilityIds: fc.subarray(capabilityIds) });
}

export interface ExerciseWithAttachments {
  exercise: Exercise;
  /** The bytes of every attachment the exercise lists, by SHA-256. */
  attachments: Map<string, Buffer>;
}

/** One valid exercise and the bytes of its attachments. */
export const exerciseWithAttachmentsArb: fc.Arbitrary<ExerciseWithAttachments> = fc
  .record({
    capabilities: fc.uniqueArray(capabilityArb, { maxLength: 3, selector: (c) => c.id }),
    teams: fc.uniqueArray(teamArb, { maxLength: 4, selector: (t) => t.id }),
    phases: fc.uniqueArray(phaseArb, { maxLength: 3, selector: (p) => p.id }),
    files: fc.uniqueArray(attachmentArb, { maxLength: 3, selector: (a) => a.meta.id }),
  })
  .chain(({ capabilities, teams, phases, files }) => {
    const refs: Refs = {
      teamIds: teams.map((t) => t.id),
      phaseIds: phases.map((p) => p.id),
      capabilityIds: capabilities.map((c) => c.id),
      attachmentIds: files.map((f) => f.meta.id),
    };
    return fc
      .record({
        id: fc.uuid({ version: 4 }),
        dates: fc.tuple(isoDateArb, isoDateArb).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
        revision: fc.integer({ min: 1, max: 10_000 }),
        archivedAt: fc.option(isoDateArb, { nil: null }),
        title: textArb(1, LIMITS.titleMax),
        description: textArb(0, 4_000),
        kind: fc.constantFrom(...EXERCISE_KINDS),
        hazard: fc.constantFrom(...HAZARDS),
        narrative: richTextArb,
        background: richTextArb,
        location: textArb(0, LIMITS.shortTextMax),
        plannedDurationMin: fc.integer({ min: 1, max: LIMITS.durationMinMax }),
        language: fc.constantFrom(...LOCALES),
        objectives: fc.uniqueArray(objectiveArb(refs.capabilityIds), { maxLength: 3, selector: (o) => o.id }),
        tags: fc.array(textArb(1, LIMITS.tagMax), { maxLength: 5 }),
        injects: fc.uniqueArray(injectArb(refs), { maxLength: 4, selector: (i) => i.id }),
      })
      .map(({ id, dates, ...rest }): ExerciseWithAttachments => {
        const exercise: Exercise = {
          id,
          createdAt: dates[0] ?? '',
          updatedAt: dates[1] ?? '',
          ...rest,
          // Expected-action ids are made unique across injects by their inject's id.
          injects: rest.injects.map((inject) => ({
            ...inject,
            expectedActions: inject.expectedActions.map((a) => ({ ...a, id: `${inject.id}/${a.id}` })),
          })),
          capabilities,
          teams,
          phases,
          attachments: files.map((f) => f.meta),
        };
        return { exercise, attachments: new Map(files.map((f) => [f.meta.id, f.bytes])) };
      });
  });

/** Several exercises with distinct ids, and the bytes of all their attachments together. */
export const exerciseSetArb: fc.Arbitrary<{ exercises: Exercise[]; attachments: Map<string, Buffer> }> = fc
  .uniqueArray(exerciseWithAttachmentsArb, { maxLength: 3, selector: (e) => e.exercise.id })
  .map((items) => ({
    exercises: items.map((i) => i.exercise),
    attachments: new Map(items.flatMap((i) => [...i.attachments])),
  }));
