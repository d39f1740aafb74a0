// Checks every built-in template under resources/templates/<key>/<locale>.json. The
// folder is read at run time, so a template added later is checked without editing this.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exerciseContentSchema, type ExerciseContent } from '../../../shared/model/exercise';
import { LOCALES } from '../../../shared/i18n/locales';
import { validateExercise } from '../../../shared/model/validate';

const ROOT = fileURLToPath(new URL('../../../resources/templates', import.meta.url));

/** The templates seeded from the news reports in the brief; each ships in every locale. */
const SEEDED = ['office-terrorism', 'border-port-epidemic-hazmat', 'police-epidemic-support', 'highrise-fire'];

// Letters that occur in Vietnamese but not in English or pinyin-free Chinese.
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
// Pairs whose two forms differ between the scripts (Traditional, Simplified).
const SCRIPT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['應', '应'],
  ['練', '练'],
  ['處', '处'],
  ['關', '关'],
  ['檢', '检'],
  ['報', '报'],
  ['員', '员'],
  ['區', '区'],
  ['醫', '医'],
  ['療', '疗'],
  ['與', '与'],
  ['轉', '转'],
  ['險', '险'],
  ['護', '护'],
  ['離', '离'],
];
// Pinyin left behind after a character, e.g. 應(yīng), or any tone letter that
// Vietnamese never uses (macron and caron vowels, ü with a tone).
const PINYIN_AFTER_HANZI = /\p{Script=Han}\s*[(（][a-zü\u00e0-\u01dc]+[)）]/iu;
const PINYIN_TONE_ONLY = /[āēīōūǎěǐǒǔǖǘǚǜ]/iu;
// Chinese is punctuated full-width (，、：；！？（）): a half-width mark touching a
// Han character is a slip. Digits and Latin words keep their own marks (T+00:05, 3.5).
const HALF_WIDTH_BY_HAN = /\p{Script=Han}[,;:!?()]|[,;:!?()]\s*\p{Script=Han}/u;

interface TemplateFile {
  key: string;
  locale: string;
  file: string;
  raw: unknown;
}

function loadAll(): TemplateFile[] {
  const out: TemplateFile[] = [];
  for (const key of fs.readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, key);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(dir, name);
      out.push({ key, locale: name.slice(0, -'.json'.length), file, raw: JSON.parse(fs.readFileSync(file, 'utf8')) });
    }
  }
  return out;
}

/** Every string in a document, to look at the language as a whole. */
function allText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(allText).join('\n');
  if (node && typeof node === 'object') return Object.values(node).map(allText).join('\n');
  return '';
}

/** What every language version of one template must share: everything but the words. */
function skeleton(doc: ExerciseContent) {
  return {
    kind: doc.kind,
    hazard: doc.hazard,
    plannedDurationMin: doc.plannedDurationMin,
    capabilities: doc.capabilities.map((c) => c.id),
    objectives: doc.objectives.map((o) => [o.id, o.capabilityIds]),
    teams: doc.teams.map((t) => [t.id, t.colour, t.roster.length]),
    phases: doc.phases.map((p) => [p.id, p.discussionQuestions.length]),
    injects: doc.injects.map((i) => ({
      id: i.id,
      number: i.number,
      phaseId: i.phaseId,
      offsetSec: i.offsetSec,
      release: i.release,
      contingency: i.contingency,
      channel: i.channel,
      audience: i.audience,
      recipientTeamIds: i.recipientTeamIds,
      decisionOptions: i.decisionOptions.length,
      discussionQuestions: i.discussionQuestions.length,
      expectedActions: i.expectedActions.map((a) => [a.id, a.teamId, a.capabilityId, a.timeLimitMin, a.weight]),
    })),
  };
}

const files = loadAll();
const parsed = new Map<string, ExerciseContent>();
for (const f of files) {
  const result = exerciseContentSchema.safeParse(f.raw);
  if (result.success) parsed.set(f.file, result.data);
}
function doc(f: TemplateFile): ExerciseContent {
  const d = parsed.get(f.file);
  if (!d) throw new Error(`${f.file} does not parse`);
  return d;
}

describe('built-in templates', () => {
  it('ships every template, the four seeded ones included, in all four languages', () => {
    const keys = [...new Set(files.map((f) => f.key))];
    expect(keys).toEqual(expect.arrayContaining(SEEDED));
    for (const key of keys) {
      const present = files.filter((f) => f.key === key).map((f) => f.locale);
      expect([...present].sort(), key).toEqual([...LOCALES].sort());
    }
  });

  it('names every file after a supported locale', () => {
    for (const f of files) expect(LOCALES as readonly string[], f.file).toContain(f.locale);
  });

  describe.each(files.map((f) => [`${f.key}/${f.locale}`, f] as const))('%s', (_name, f) => {
    it('parses with exerciseContentSchema', () => {
      const result = exerciseContentSchema.safeParse(f.raw);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });

    it('opens in the editor with no warning and no error', () => {
      // The designer should meet a clean sample: every issue the editor would show
      // beside a field (an auto-released briefing nobody acts on, say) fails here.
      const issues = validateExercise(doc(f)).map((i) => `${i.severity} ${i.code} at ${i.path.join('.')}`);
      expect(issues).toEqual([]);
    });

    it('declares the language its file name says', () => {
      expect(doc(f).language).toBe(f.locale);
    });

    it('has enough substance: 3+ teams, 10+ injects, 3+ capabilities and objectives', () => {
      const d = doc(f);
      expect(d.teams.length).toBeGreaterThanOrEqual(3);
      expect(d.injects.length).toBeGreaterThanOrEqual(10);
      expect(d.capabilities.length).toBeGreaterThanOrEqual(3);
      expect(d.objectives.length).toBeGreaterThanOrEqual(3);
      expect(d.phases.length).toBeGreaterThanOrEqual(3);
    });

    it('keeps ids unique and every reference pointing at something that exists', () => {
      const d = doc(f);
      const teams = new Set(d.teams.map((t) => t.id));
      const phases = new Set(d.phases.map((p) => p.id));
      const capabilities = new Set(d.capabilities.map((c) => c.id));
      expect(teams.size).toBe(d.teams.length);
      expect(phases.size).toBe(d.phases.length);
      expect(capabilities.size).toBe(d.capabilities.length);
      expect(new Set(d.objectives.map((o) => o.id)).size).toBe(d.objectives.length);
      expect(new Set(d.injects.map((i) => i.id)).size).toBe(d.injects.length);
      const actionIds = d.injects.flatMap((i) => i.expectedActions.map((a) => a.id));
      expect(new Set(actionIds).size).toBe(actionIds.length);

      for (const o of d.objectives) {
        expect(o.capabilityIds.length, o.id).toBeGreaterThan(0);
        for (const c of o.capabilityIds) expect(capabilities, `${o.id} → ${c}`).toContain(c);
      }
      for (const i of d.injects) {
        if (i.phaseId !== null) expect(phases, `${i.id} phase`).toContain(i.phaseId);
        for (const t of i.recipientTeamIds) expect(teams, `${i.id} recipient`).toContain(t);
        for (const a of i.expectedActions) {
          expect(teams, `${a.id} team`).toContain(a.teamId);
          if (a.capabilityId !== null) expect(capabilities, `${a.id} capability`).toContain(a.capabilityId);
        }
      }
    });

    it('gives every team that receives a non-briefing inject an expected action', () => {
      for (const i of doc(f).injects) {
        if (i.audience === 'teams') expect(i.recipientTeamIds.length, i.id).toBeGreaterThan(0);
        if (i.channel === 'briefing') continue;
        expect(i.expectedActions.length, i.id).toBeGreaterThan(0);
        const acting = new Set(i.expectedActions.map((a) => a.teamId));
        for (const t of i.recipientTeamIds) expect(acting, `${i.id}: ${t} has nothing to do`).toContain(t);
        // An action for a team the inject never reached could not be evaluated.
        if (i.audience === 'teams') for (const t of acting) expect(i.recipientTeamIds, i.id).toContain(t);
      }
    });

    it('numbers injects uniquely, in time order, within the planned duration', () => {
      const d = doc(f);
      expect(new Set(d.injects.map((i) => i.number)).size).toBe(d.injects.length);
      const offsets = d.injects.map((i) => i.offsetSec);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      for (const i of d.injects) expect(i.offsetSec, i.id).toBeLessThanOrEqual(d.plannedDurationMin * 60);
    });

    it('marks contingency injects C<n> and holds them for manual release', () => {
      const d = doc(f);
      const contingencies = d.injects.filter((i) => i.contingency);
      expect(contingencies.length).toBeGreaterThanOrEqual(1);
      for (const i of d.injects) {
        expect(i.contingency, i.id).toBe(/^C\d+$/.test(i.number));
        if (i.contingency) expect(i.release, i.id).toBe('manual');
      }
      expect(d.injects.some((i) => i.decisionOptions.length >= 2)).toBe(true);
    });

    it('is written in its own language and script, with no pinyin left over', () => {
      const text = allText(f.raw);
      expect(PINYIN_AFTER_HANZI.test(text)).toBe(false);
      expect(PINYIN_TONE_ONLY.test(text)).toBe(false);
      const letters = text.match(/\p{L}/gu)?.length ?? 0;
      const vietnamese = text.match(VIETNAMESE)?.length ?? 0;
      const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
      const traditional = SCRIPT_PAIRS.filter(([t]) => text.includes(t)).map(([t]) => t);
      const simplified = SCRIPT_PAIRS.filter(([, s]) => text.includes(s)).map(([, s]) => s);
      switch (f.locale) {
        case 'vi':
          // Real Vietnamese puts a diacritic on a large share of its letters.
          expect(vietnamese / letters).toBeGreaterThan(0.1);
          expect(han).toBe(0);
          break;
        case 'en':
          expect(vietnamese).toBe(0);
          expect(han).toBe(0);
          break;
        case 'zh-Hant':
          expect(han / letters).toBeGreaterThan(0.5);
          expect(text.match(HALF_WIDTH_BY_HAN)).toBeNull();
          // Taiwan and Hong Kong drill plans call an inject 狀況, issued by 狀況下達.
          expect(text).not.toContain('狀況推播');
          expect(traditional.length).toBeGreaterThanOrEqual(8);
          expect(simplified).toEqual([]);
          break;
        case 'zh-Hans':
          expect(han / letters).toBeGreaterThan(0.5);
          expect(text.match(HALF_WIDTH_BY_HAN)).toBeNull();
          expect(simplified.length).toBeGreaterThanOrEqual(8);
          expect(traditional).toEqual([]);
          break;
      }
    });
  });

  describe.each([...new Set(files.map((f) => f.key))])('%s: language versions', (key) => {
    it('share one structure: ids, numbers, offsets, channels, recipients, teams and colours', () => {
      const versions = files.filter((f) => f.key === key);
      const [first, ...rest] = versions;
      if (!first) throw new Error(`no files for ${key}`);
      const reference = skeleton(doc(first));
      for (const v of rest) expect(skeleton(doc(v)), `${v.locale} vs ${first.locale}`).toEqual(reference);
    });
  });
});
