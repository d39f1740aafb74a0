// Where a workbook keeps its parts: the package relationships lead to workbook.xml, its
// relationships to the worksheets, shared strings and styles. Only these are read.
import { attr, scanXml, type XmlTag } from './xmlScan';
import type { WorkbookZip } from './xlsxZip';
import { sheetError } from '../sheetErrors';

export interface WorksheetPart {
  name: string;
  path: string;
}

export interface WorkbookParts {
  sheets: WorksheetPart[];
  sharedStringsPath: string | null;
  stylesPath: string | null;
  /** Serial 0 is 1904-01-01 instead of 1899-12-30 (old Mac workbooks). */
  date1904: boolean;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

interface Relationship {
  id: string;
  type: string;
  target: string;
}

export async function readWorkbookParts(zip: WorkbookZip): Promise<WorkbookParts> {
  const rootRels = await readRelationships(zip, '');
  const workbookPath = rootRels.find((r) => isType(r, 'officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = await zip.read(workbookPath);
  if (!workbookXml) throw sheetError('xlsxUnreadable', { reason: 'missingPart', entry: workbookPath });

  const rels = await readRelationships(zip, workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorksheetPart[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    open(name: string, tag: XmlTag) {
      if (name === 'workbookPr') date1904 = isTrue(attr(tag, 'date1904'));
      if (name !== 'sheet') return;
      const rel = byId.get(attr(tag, 'id') ?? '');
      // Chart sheets and dialog sheets hold no cells.
      if (rel && isType(rel, 'worksheet')) sheets.push({ name: attr(tag, 'name') ?? '', path: rel.target });
    },
    close() {},
    text() {},
  });
  const partOf = (type: string) => rels.find((r) => isType(r, type))?.target ?? null;
  return { sheets, sharedStringsPath: partOf('sharedStrings'), stylesPath: partOf('styles'), date1904 };
}

function isType(rel: Relationship, type: string): boolean {
  return rel.type === REL + type || rel.type === STRICT_REL + type;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The relationships of one part ("" for the package itself), targets as zip paths. */
async function readRelationships(zip: WorkbookZip, partPath: string): Promise<Relationship[]> {
  const folder = partPath.includes('/') ? partPath.slice(0, partPath.lastIndexOf('/') + 1) : '';
  const file = partPath.slice(folder.length);
  const xml = await zip.read(`${folder}_rels/${file}.rels`);
  if (!xml) return [];
  const rels: Relationship[] = [];
  scanXml(xml, {
    open(name: string, tag: XmlTag) {
      if (name !== 'Relationship' || attr(tag, 'TargetMode') === 'External') return;
      const target = attr(tag, 'Target');
      if (target)
        rels.push({ id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: resolve(folder, target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** A relationship target as a zip path: "/xl/x.xml" from the root, "worksheets/s.xml" from the folder. */
function resolve(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
