// packDrill refuses to write what readDrill would refuse, with the same message keys.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import type { Exercise } from '../../../shared/model/exercise';
import { packDrill } from '../../../electron/services/exchange/packDrill';
import { readDrill } from '../../../electron/services/exchange/readDrill';
import { DEFAULT_DRILL_LIMITS } from '../../../electron/services/exchange/drillFormat';
import { ATTACHMENT, ATTACHMENT_ID, EXERCISE_ID, sampleExercise, sha256 } from './zipFixtures';

const NOW = new Date('2025-06-01T12:00:00.000Z');

async function packRefusal(exercises: Exercise[], attachments: Map<string, Buffer>): Promise<DomainError> {
  const outcome = await packDrill({ exercises, attachments, appVersion: '0.1.0', now: NOW }).then(
    () => null,
    (err: unknown) => err,
  );
  expect(outcome, 'packDrill accepted the input').toBeInstanceOf(DomainError);
  return outcome as DomainError;
}

describe('packDrill', () => {
  it('is deterministic for the same input and time', async () => {
    const input = {
      exercises: [sampleExercise()],
      attachments: new Map([[ATTACHMENT_ID, ATTACHMENT]]),
      appVersion: '1',
      now: NOW,
    };
    expect((await packDrill(input)).equals(await packDrill(input))).toBe(true);
  });

  it('refuses an exercise referencing an attachment that is not in the map', async () => {
    const err = await packRefusal([sampleExercise()], new Map());
    expect([err.code, err.messageKey]).toEqual(['invalid_input', 'drill.errors.missingAttachment']);
    expect(err.details).toEqual({ exerciseId: EXERCISE_ID, attachmentId: ATTACHMENT_ID });
  });

  it('refuses attachment bytes that do not hash to their id', async () => {
    const wrong = Buffer.from('not the attachment');
    const err = await packRefusal([sampleExercise()], new Map([[ATTACHMENT_ID, wrong]]));
    expect([err.code, err.messageKey]).toEqual(['invalid_input', 'drill.errors.attachmentHash']);
    expect(err.details).toMatchObject({ expected: ATTACHMENT_ID, actual: sha256(wrong) });
  });

  it('refuses attachment bytes whose length differs from the recorded size', async () => {
    const exercise = sampleExercise({
      attachments: [{ id: ATTACHMENT_ID, name: 'a.txt', mime: 'text/plain', size: 1 }],
    });
    const err = await packRefusal([exercise], new Map([[ATTACHMENT_ID, ATTACHMENT]]));
    expect([err.code, err.messageKey]).toEqual(['invalid_input', 'drill.errors.attachmentSize']);
  });

  it('refuses two exercises with the same id', async () => {
    const err = await packRefusal([sampleExercise(), sampleExercise()], new Map([[ATTACHMENT_ID, ATTACHMENT]]));
    expect([err.code, err.messageKey]).toEqual(['invalid_input', 'drill.errors.duplicateExercise']);
    expect(err.details).toEqual({ exerciseId: EXERCISE_ID });
  });

  it('refuses an exercise the schema rejects, with issue paths', async () => {
    const err = await packRefusal([sampleExercise({ title: '' })], new Map([[ATTACHMENT_ID, ATTACHMENT]]));
    expect([err.code, err.messageKey]).toEqual(['invalid_input', 'drill.errors.invalidExercise']);
    expect((err.details.issues as { path: unknown[] }[]).map((i) => i.path)).toContainEqual(['title']);
  });

  describe('writes only what the reader takes', () => {
    const MIB = 1024 * 1024;
    const withAttachment = (bytes: Buffer) => ({
      exercise: sampleExercise({
        attachments: [{ id: sha256(bytes), name: 'blank.bmp', mime: 'image/bmp', size: bytes.length }],
      }),
      attachments: new Map([[sha256(bytes), bytes]]),
    });

    it('refuses a file past maxFileBytes, naming the limit in MiB; the reader refuses the same size', async () => {
      const { exercise, attachments } = withAttachment(Buffer.alloc(3 * MIB, 7));
      const input = { exercises: [exercise], attachments, appVersion: '0.1.0', now: NOW };
      const limits = { ...DEFAULT_DRILL_LIMITS, maxFileBytes: 2 * MIB };
      const err = await packDrill({ ...input, limits }).then(
        () => null,
        (e: unknown) => e as DomainError,
      );
      expect(err).toBeInstanceOf(DomainError);
      expect(err).toMatchObject({
        code: 'too_large',
        messageKey: 'drill.errors.exportTooLarge',
        details: { max: 2 * MIB, maxMiB: 2, foundMiB: 4 },
      });
      // The same file, written under the default limits, is one the small reader refuses.
      const file = await packDrill(input);
      await expect(readDrill(file, { limits })).rejects.toMatchObject({ messageKey: 'drill.errors.fileTooLarge' });
    });

    it('a blank attachment far more compressible than 200:1 still reads back', async () => {
      const blank = Buffer.alloc(3 * MIB);
      const { exercise, attachments } = withAttachment(blank);
      const file = await packDrill({ exercises: [exercise], attachments, appVersion: '0.1.0', now: NOW });
      const read = await readDrill(file);
      expect(read.attachments.get(sha256(blank))?.equals(blank)).toBe(true);
    });

    it('a document of repetitive text over 1 MiB still reads back', async () => {
      const body = 'a'.repeat(200_000);
      const injects = Array.from({ length: 8 }, (_, k) => ({
        id: `i${k}`,
        number: `${k + 1}`,
        phaseId: null,
        offsetSec: 0,
        release: 'manual' as const,
        contingency: false,
        channel: 'phone' as const,
        sender: '',
        audience: 'all' as const,
        recipientTeamIds: [],
        title: 'Lặp lại',
        body,
        attachmentIds: [],
        decisionOptions: [],
        expectedActions: [],
        controllerNotes: '',
        discussionQuestions: [],
      }));
      const exercise = sampleExercise({ injects });
      const file = await packDrill({
        exercises: [exercise],
        attachments: new Map([[ATTACHMENT_ID, ATTACHMENT]]),
        appVersion: '0.1.0',
        now: NOW,
      });
      expect((await readDrill(file)).exercises[0]?.injects).toHaveLength(8);
    });
  });
});
