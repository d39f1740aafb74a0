import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../../shared/model/exercise';
import { packDrill } from '../../../electron/services/exchange/packDrill';
import { readDrill } from '../../../electron/services/exchange/readDrill';
import { exerciseSetArb, exerciseWithAttachmentsArb, sha256Hex } from '../../support/arbitraries';
import { ATTACHMENT, ATTACHMENT_ID, EXERCISE_ID, centralHeaders, sampleExercise } from './zipFixtures';

const NOW = new Date('2025-06-01T12:00:00.000Z');

describe('arbitraries', () => {
  it('generate exercises that exerciseSchema accepts unchanged, with attachments named by their SHA-256', () => {
    fc.assert(
      fc.property(exerciseWithAttachmentsArb, ({ exercise, attachments }) => {
        expect(exerciseSchema.parse(exercise)).toEqual(exercise);
        expect([...attachments.keys()].sort()).toEqual(exercise.attachments.map((a) => a.id).sort());
        for (const [id, bytes] of attachments) expect(sha256Hex(bytes)).toBe(id);
      }),
      { numRuns: 50 },
    );
  });
});

describe('packDrill → readDrill', () => {
  it('writes the documented layout and manifest', async () => {
    const exercise = sampleExercise();
    const bytes = await packDrill({
      exercises: [exercise],
      attachments: new Map([[ATTACHMENT_ID, ATTACHMENT]]),
      appVersion: '0.1.0',
      now: NOW,
    });
    expect(centralHeaders(bytes).map((h) => h.name)).toEqual([
      'manifest.json',
      `exercises/${EXERCISE_ID}.json`,
      `attachments/${ATTACHMENT_ID}`,
    ]);
    const { manifest } = await readDrill(bytes);
    // Written as the schema orders the keys, pretty-printed for anyone who unzips it by hand.
    const json = Buffer.from(JSON.stringify(exerciseSchema.parse(exercise), null, 2));
    expect(manifest).toEqual({
      format: 'drillbook.drill',
      formatVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2025-06-01T12:00:00.000Z',
      exercises: [EXERCISE_ID],
      entries: [
        {
          path: `exercises/${EXERCISE_ID}.json`,
          sha256: sha256Hex(json),
          size: json.length,
        },
        { path: `attachments/${ATTACHMENT_ID}`, sha256: ATTACHMENT_ID, size: ATTACHMENT.length },
      ],
    });
  });

  it('carries only the attachments the exercises reference', async () => {
    const unused = Buffer.from('not referenced');
    const bytes = await packDrill({
      exercises: [sampleExercise()],
      attachments: new Map([
        [ATTACHMENT_ID, ATTACHMENT],
        [sha256Hex(unused), unused],
      ]),
      appVersion: '0.1.0',
      now: NOW,
    });
    const { attachments } = await readDrill(bytes);
    expect([...attachments.keys()]).toEqual([ATTACHMENT_ID]);
  });

  it('round-trips arbitrary valid exercises and attachment bytes exactly', async () => {
    await fc.assert(
      fc.asyncProperty(exerciseSetArb, async ({ exercises, attachments }) => {
        const bytes = await packDrill({ exercises, attachments, appVersion: '0.1.0-test', now: NOW });
        const read = await readDrill(bytes);
        expect(read.exercises).toEqual(exercises);
        expect(read.manifest.exercises).toEqual(exercises.map((e) => e.id));
        expect([...read.attachments.keys()].sort()).toEqual([...attachments.keys()].sort());
        for (const [id, data] of attachments) expect(read.attachments.get(id)?.equals(data)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
