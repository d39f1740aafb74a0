// The same hostile spreadsheets as the reader's unit tests, through the API: msel.read
// answers each with a refusal envelope carrying the spreadsheet key and the limit's
// numbers (never "internal"), or with the right rows, and the host stays up.
import { afterAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/api/errors';
import { facilitator, testCore } from '../../support/core';
import { HOSTILE_CSV, HOSTILE_XLSX, type HostileCase, type SheetsRead } from '../../support/hostileSheetCases';
import { peakRssGrowth } from '../../support/hostileSheets';

const { core } = testCore();
afterAll(() => core.close());

// The reader's bound, plus the one copy of the file the transport decodes from base64.
const MEMORY_BOUND = 200 * 1024 * 1024;

async function expectEnvelope(c: HostileCase) {
  const bytes = c.build();
  const base64 = bytes.toString('base64');
  const { outcome, growth } = await peakRssGrowth(() =>
    core.dispatch('msel.read', { fileName: c.fileName, base64 }, facilitator),
  );
  const envelope = outcome as Envelope<SheetsRead>;
  if (c.refused) {
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: c.refused.code, messageKey: `spreadsheet.errors.${c.refused.reason}`, details: c.refused.details },
    });
  } else {
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    c.check?.(envelope.value);
  }
  expect(growth, `peak memory growth ${Math.round(growth / 1e6)} MB`).toBeLessThan(MEMORY_BOUND + bytes.length);
}

describe('hostile XLSX files through msel.read', () => {
  for (const c of HOSTILE_XLSX) it(c.name, () => expectEnvelope(c), 60_000);
});

describe('hostile CSV files through msel.read', () => {
  for (const c of HOSTILE_CSV) it(c.name, () => expectEnvelope(c), 60_000);

  it('still answers an ordinary file after all of them', async () => {
    const base64 = Buffer.from('No.,Title\r\n1,Fire\r\n').toString('base64');
    const envelope = await core.dispatch('msel.read', { fileName: 'ok.csv', base64 }, facilitator);
    expect(envelope).toMatchObject({
      ok: true,
      value: {
        sheets: [
          {
            rows: [
              ['No.', 'Title'],
              ['1', 'Fire'],
            ],
          },
        ],
      },
    });
  });
});
