// Attachment bytes, content-addressed by SHA-256: the same image used by ten
// exercises is stored once, and an id can never point at different bytes.
import { createHash } from 'node:crypto';
import { DomainError } from '../../../shared/api/errors';
import { attachmentBytesTotal, LIMITS, type AttachmentMeta } from '../../../shared/model/exercise';
import type { Db } from '../../db/open';

const MIB = 1024 * 1024;

export type StoredAttachment = { id: string; mime: string; size: number; bytes: Buffer };

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createAttachmentStore(db: Db) {
  const insert = db.prepare<[string, string, number, Buffer]>(
    'INSERT OR IGNORE INTO attachments (sha256, mime, size, bytes) VALUES (?, ?, ?, ?)',
  );
  const select = db.prepare<[string], { sha256: string; mime: string; size: number; bytes: Buffer }>(
    'SELECT sha256, mime, size, bytes FROM attachments WHERE sha256 = ?',
  );

  /**
   * Stores the bytes. With `alongside` (the attachments the exercise already has), refuses
   * bytes that would take the exercise past LIMITS.exerciseAttachmentBytesMax, before
   * storing anything: the library would refuse to save such an exercise anyway.
   */
  function put(bytes: Buffer, mime: string, alongside?: readonly AttachmentMeta[]): { id: string; size: number } {
    if (bytes.length > LIMITS.attachmentBytesMax) {
      throw new DomainError('too_large', 'errors.attachmentTooLarge', {
        size: bytes.length,
        maxMiB: LIMITS.attachmentBytesMax / MIB,
      });
    }
    const id = sha256(bytes);
    if (alongside) {
      const total = attachmentBytesTotal([...alongside, { id, size: bytes.length }]);
      if (total > LIMITS.exerciseAttachmentBytesMax) {
        throw new DomainError('too_large', 'errors.exerciseAttachmentsTooLarge', {
          totalMiB: Math.ceil(total / MIB),
          maxMiB: LIMITS.exerciseAttachmentBytesMax / MIB,
        });
      }
    }
    insert.run(id, mime, bytes.length, bytes);
    return { id, size: bytes.length };
  }

  function get(id: string): StoredAttachment {
    const row = select.get(id);
    if (!row) throw new DomainError('not_found', 'errors.attachmentNotFound', { id });
    return { id: row.sha256, mime: row.mime, size: row.size, bytes: row.bytes };
  }

  return { put, get, has: (id: string) => select.get(id) !== undefined };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
