// The CSV tokenizer reads exactly as papaparse did (the old reader is the oracle here),
// and refuses at the first cell, column or row past the limits.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import { SHEET_LIMITS } from '../../../shared/api/limits';
import { parseCsvText } from '../../../electron/services/spreadsheet/readSheet';

const { rowsMax, columnsMax, cellCharsMax } = SHEET_LIMITS;

/** The reader before limits were checked while reading: papaparse on the whole text. */
function papaparseOracle(text: string): string[][] {
  let body = text.replace(/^\uFEFF/, '');
  let delimiter = '';
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) {
    delimiter = sep[1] ?? '';
    body = body.slice(sep[0].length);
  }
  const result = Papa.parse<string[]>(body, { delimiter, delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  if (result.errors.some((e) => e.code === 'MissingQuotes')) throw new Error('MissingQuotes');
  const rows = result.data;
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((cell) => cell.trim() === '')) end -= 1;
  return rows.slice(0, end);
}

const TRICKY: Record<string, string> = {
  'CRLF with quoted delimiters and line breaks': 'a,b,c\r\n1,"x, y","line one\r\nline two"\r\n2,3,4\r\n',
  'LF only': 'a,b\n1,2\n3,4\n',
  'CR only (old Mac Excel)': 'a;b\r1;2\r3;4',
  'doubled quotes': '"Say ""now""",b\r\n"""",""\r\n',
  'a stray quote inside an unquoted cell': 'size,note\n5" pipe,ok\n6,"fine"\n',
  'text after a closing quote': 'a,b\n"abc"def,ghi\n"x"y"z",w\n',
  'spaces between a closing quote and the delimiter or line end': '"a"  ,b\n"c" \nd,"e"\t\n',
  'a quote as the last character': 'a,"b"',
  'blank and whitespace rows in the middle and at the end': 'a,b\n\n , \n1,2\n\n \n\n',
  tabs: 'No.\tTime\tMessage\n1\t00:30\t"Tab\tinside"\n',
  'semicolons with decimal commas': 'No.;Time\n1;0,5\n2;"1;2"\n',
  'sep line': 'sep=;\r\na,b;c\r\n1;2\r\n',
  'Vietnamese and Chinese': 'STT,Nội dung\r\n1,"Cháy, nổ"\r\n2,口岸货物仓库发生火灾\r\n',
  'quoted cell spanning a CRLF file with a lone LF inside': 'a,b\r\n"x\ny",z\r\nq,w\r\n',
  'an unquoted lone LF in a CRLF file stays in the cell': 'a,b\r\nx\ny,z\r\nq,w\r\n',
  'a row wider than the header': 'a,b\n1,2,3,4\n',
};

describe('parseCsvText reads as papaparse does', () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(name, () => expect(parseCsvText(text)).toEqual(papaparseOracle(text)));
  }

  it('refuses an unclosed quote with its row, as before', () => {
    const text = 'a,b\n\n1,"never closed\n2,3';
    expect(() => papaparseOracle(text)).toThrow('MissingQuotes');
    expect(() => parseCsvText(text)).toThrow(
      expect.objectContaining({ messageKey: 'spreadsheet.errors.csvMalformed', details: { row: 3 } }),
    );
  });
});

function refusal(text: string): DomainError {
  try {
    parseCsvText(text, 'msel.csv');
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('parseCsvText checks the sheet limits while reading', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `${i},row ${i}`);

  it(`reads ${rowsMax} rows and refuses row ${rowsMax + 1}`, () => {
    expect(parseCsvText(lines(rowsMax).join('\n'))).toHaveLength(rowsMax);
    const error = refusal(lines(rowsMax + 1).join('\n'));
    expect(error).toMatchObject({
      code: 'too_large',
      messageKey: 'spreadsheet.errors.sheetTooManyRows',
      details: { sheet: 'msel.csv', max: rowsMax, row: rowsMax + 1 },
    });
  });

  it('counts blank rows when content follows them, and drops them when nothing does', () => {
    const text = `${lines(10).join('\n')}${'\n'.repeat(rowsMax)}`;
    expect(parseCsvText(text)).toHaveLength(10);
    // Ten rows, the line break ending the tenth, then rowsMax - 1 blank rows.
    expect(refusal(`${text}late,row`).details).toMatchObject({ row: rowsMax + 10 });
  });

  it(`keeps ${columnsMax} columns, drops blank ones past them, refuses content past them`, () => {
    const wide = (n: number, last: string) =>
      Array.from({ length: n - 1 }, (_, i) => `c${i}`)
        .concat(last)
        .join(',');
    expect(parseCsvText(wide(columnsMax, 'end'))[0]).toHaveLength(columnsMax);
    expect(parseCsvText(`${wide(columnsMax, 'end')},, ,,`)[0]).toHaveLength(columnsMax);
    expect(refusal(`h\n${wide(columnsMax + 1, 'over')}`)).toMatchObject({
      messageKey: 'spreadsheet.errors.sheetTooManyColumns',
      details: { max: columnsMax, cell: 'GS2' },
    });
  });

  it(`keeps a cell of ${cellCharsMax} characters and refuses one more, quoted or not`, () => {
    expect(parseCsvText(`a,${'x'.repeat(cellCharsMax)}`)[0]?.[1]).toHaveLength(cellCharsMax);
    expect(refusal(`a,${'x'.repeat(cellCharsMax + 1)}`)).toMatchObject({
      messageKey: 'spreadsheet.errors.cellTooLong',
      details: { cell: 'B1', max: cellCharsMax, found: cellCharsMax + 1 },
    });
    // Doubled quotes count once: 50,000 of them are 50,000 characters, not 100,000.
    expect(parseCsvText(`"${'""'.repeat(cellCharsMax / 2)}"`)[0]?.[0]).toHaveLength(cellCharsMax / 2);
    expect(refusal(`a\n"${'y'.repeat(cellCharsMax)}"""`).details).toMatchObject({
      cell: 'A2',
      found: cellCharsMax + 1,
    });
  });
});
