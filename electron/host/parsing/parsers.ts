// The file readers the services use, as ports: run in the parse pool's worker on the
// host, or in-process where there is no worker (unit tests, the benchmark). Either way
// the caller sees the same values and the same DomainErrors.
import type { CsvEncoding } from '../../../shared/msel/encodings';
import type { DrillContents, ReadDrillOptions } from '../../services/exchange/readDrill';
import type { ReadSheetResult } from '../../services/spreadsheet/readSpreadsheetFile';
import type { ParsePool } from './parsePool';
import { asBuffer, transferablesOf } from './protocol';

export type Parsers = {
  /** May take ownership of `bytes`: do not use them after the call. */
  readSpreadsheet(fileName: string, bytes: Buffer, encoding: CsvEncoding | null): Promise<ReadSheetResult>;
  /** May take ownership of `bytes`: do not use them after the call. */
  readDrill(bytes: Buffer, options?: ReadDrillOptions): Promise<DrillContents>;
};

// Loaded on first use, so that a host that only imports this file for workerParsers
// never loads the readers (and their libraries) at start.
export const inProcessParsers: Parsers = {
  readSpreadsheet: async (fileName, bytes, encoding) =>
    (await import('../../services/spreadsheet/readSpreadsheetFile')).readSpreadsheetFile(fileName, bytes, encoding),
  readDrill: async (bytes, options) => (await import('../../services/exchange/readDrill')).readDrill(bytes, options),
};

export function workerParsers(pool: ParsePool): Parsers {
  return {
    async readSpreadsheet(fileName, bytes, encoding) {
      const result = await pool.run('spreadsheet', [fileName, bytes, encoding], transferablesOf([bytes]));
      return result as ReadSheetResult;
    },
    async readDrill(bytes, options = {}) {
      const result = (await pool.run('drill', [bytes, options], transferablesOf([bytes]))) as DrillContents;
      // Structured clone hands Buffers back as plain Uint8Arrays.
      const attachments = new Map([...result.attachments].map(([id, data]) => [id, asBuffer(data)]));
      return { ...result, attachments };
    },
  };
}
