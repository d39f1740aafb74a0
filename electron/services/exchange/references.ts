// Attachments are content-addressed: an attachment's id is the SHA-256 of its bytes.
import { createHash } from 'node:crypto';
import type { Exercise } from '../../../shared/model/exercise';

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Every attachment an exercise needs: those in its attachment list and those its injects
 * point at (the schema does not force the second into the first), in first-seen order.
 */
export function referencedAttachmentIds(exercise: Exercise): string[] {
  const ids = new Set<string>(exercise.attachments.map((a) => a.id));
  for (const inject of exercise.injects) for (const id of inject.attachmentIds) ids.add(id);
  return [...ids];
}
