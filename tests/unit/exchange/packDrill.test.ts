// packDrill refuses to write what readDrill would refuse, with the same message keys.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import type { Exercise } from '../../../shared/model/exercise';
import { packDrill } from '../../../electron/services/exchange/packDrill';
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
});
