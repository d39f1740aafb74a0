import { describe, expect, it } from 'vitest';
import type { RowProblem } from '../../../shared/msel/importRows';
import { summarizeProblems } from '../../../shared/msel/previewSummary';

const warn = (name: string, params?: RowProblem['params']): RowProblem => ({
  column: 'channel',
  severity: 'warning',
  messageKey: `spreadsheet.problems.${name}`,
  ...(params ? { params } : {}),
});
const error = (name: string): RowProblem => ({ ...warn(name), severity: 'error' });

describe('summarizeProblems', () => {
  it('says a warning shared by several rows once, with its count, and keeps the rest per row', () => {
    const rows = [
      { rowNumber: 2, problems: [warn('channelMissing'), warn('numberMissing', { number: '1' })] },
      { rowNumber: 3, problems: [warn('channelMissing'), error('timeMissing')] },
      { rowNumber: 4, problems: [warn('channelMissing'), error('timeMissing')] },
      { rowNumber: 5, problems: [warn('channelUnknown', { value: 'Fax' })] },
    ];
    const { repeated, perRow } = summarizeProblems(rows);
    expect(repeated).toEqual([{ problem: warn('channelMissing'), rows: 3 }]);
    expect(perRow.get(2)).toEqual([warn('numberMissing', { number: '1' })]);
    // Errors stay on their rows, even when repeated: they say why each row is left out.
    expect(perRow.get(3)).toEqual([error('timeMissing')]);
    expect(perRow.get(5)).toEqual([warn('channelUnknown', { value: 'Fax' })]);
  });

  it('tells warnings with different values apart and counts a row once', () => {
    const rows = [
      { rowNumber: 2, problems: [warn('channelUnknown', { value: 'Fax' }), warn('channelUnknown', { value: 'Fax' })] },
      { rowNumber: 3, problems: [warn('channelUnknown', { value: 'Telex' })] },
    ];
    const { repeated, perRow } = summarizeProblems(rows);
    expect(repeated).toEqual([]);
    expect(perRow.get(3)).toHaveLength(1);
  });
});
