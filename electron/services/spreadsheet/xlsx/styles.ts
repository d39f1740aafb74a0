// Each cell's number format, by its style index: "h:mm" makes 0.0208 read "00:30".
// Only <cellXfs> and <numFmts> are looked at; fonts and fills do not change the text.
import { attr, scanXml, type XmlTag } from './xmlScan';

// Excel's built-in formats that exceljs knows by id; a workbook names only its own.
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The number format of each style index (the `s` of a cell); undefined when none. */
export function readNumberFormats(xml: Buffer | null): (string | undefined)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name: string, tag: XmlTag) {
      if (name === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attr(tag, 'numFmtId') ?? 0));
    },
    close(name: string) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  // numFmt elements come before cellXfs in the schema, but nothing forces a writer to obey.
  return formatIds.map((id) => (id ? (custom.get(id) ?? BUILT_IN[id]) : undefined));
}

/** Whether exceljs (and Excel) would show a number in this format as a date or time. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}
