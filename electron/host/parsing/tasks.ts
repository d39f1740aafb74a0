// What a parse worker can do: the pure file readers, nothing that touches the library.
// Bytes arrive as a plain Uint8Array (moved from the host) and are wrapped again here.
import type { CsvEncoding } from '../../../shared/msel/encodings';
import { readDrill, type ReadDrillOptions } from '../../services/exchange/readDrill';
import { readSpreadsheetFile } from '../../services/spreadsheet/readSpreadsheetFile';
import { asBuffer, transferablesOf } from './protocol';
import type { TaskResult } from './workerLoop';

export const parseTasks = {
  async spreadsheet(fileName: string, bytes: Uint8Array, encoding: CsvEncoding | null): Promise<TaskResult> {
    return { value: await readSpreadsheetFile(fileName, asBuffer(bytes), encoding) };
  },
  async drill(bytes: Uint8Array, options: ReadDrillOptions): Promise<TaskResult> {
    const contents = await readDrill(asBuffer(bytes), options);
    // Attachments are most of a file's weight: move them back rather than copy them.
    return { value: contents, transfer: transferablesOf(contents.attachments.values()) };
  },
};
