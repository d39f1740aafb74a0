// Text on team colours: the WCAG 2.1 formula itself, checked against values worked by
// hand and published ones, then the promise the app relies on — whatever colour a team
// has, the text chosen for it reaches 4.5:1.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BLACK_TEXT,
  WHITE_TEXT,
  contrastRatio,
  parseHexColour,
  relativeLuminance,
  textColourOn,
} from '../../../shared/model/contrast';
import { TEAM_COLOURS } from '../../../shared/model/edit';

/** The WCAG 2.1 definition, written out separately from the code under test. */
function wcagLuminance(r: number, g: number, b: number): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('relative luminance and contrast (WCAG 2.1)', () => {
  it('gives the ends of the scale and the primaries their defined luminance', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 10);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 10);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 10);
  });

  it('agrees with the formula on a spread of colours, short and long forms alike', () => {
    for (let v = 0; v < 256; v += 15) {
      const hex = `#${[v, 255 - v, (v * 7) % 256].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      expect(relativeLuminance(hex)).toBeCloseTo(wcagLuminance(v, 255 - v, (v * 7) % 256), 12);
    }
    expect(relativeLuminance('#abc')).toBe(relativeLuminance('#aabbcc'));
  });

  it('gives the published ratios: 21 for black on white, 4.48 for #777 on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#1f4e79', '#1f4e79')).toBe(1);
  });

  it('refuses what is not a colour, and parses what is', () => {
    expect(parseHexColour('#1F4e79')).toEqual([0x1f, 0x4e, 0x79]);
    expect(parseHexColour('red')).toBeNull();
    expect(() => relativeLuminance('#12345')).toThrow(/#12345/);
  });
});

describe('text colour on a team colour', () => {
  it('picks white on dark colours and black on light ones', () => {
    expect(textColourOn('#1f4e79')).toBe(WHITE_TEXT);
    expect(textColourOn('#000000')).toBe(WHITE_TEXT);
    expect(textColourOn('#f6d365')).toBe(BLACK_TEXT);
    expect(textColourOn('#ffffff')).toBe(BLACK_TEXT);
    // The template colour that failed with white text (3.67:1) gets black.
    expect(textColourOn('#b9770e')).toBe(BLACK_TEXT);
    expect(contrastRatio('#b9770e', BLACK_TEXT)).toBeGreaterThanOrEqual(4.5);
  });

  it('reaches 4.5:1 on every colour the picker allows (a 4,096-colour grid)', () => {
    const worst = { ratio: Infinity, colour: '' };
    const steps = Array.from({ length: 16 }, (_, k) => k * 17);
    for (const r of steps)
      for (const g of steps)
        for (const b of steps) {
          const colour = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
          const ratio = contrastRatio(colour, textColourOn(colour));
          if (ratio < worst.ratio) Object.assign(worst, { ratio, colour });
        }
    expect(worst.ratio, `worst: ${worst.colour}`).toBeGreaterThanOrEqual(4.5);
  });

  it('reaches 4.5:1 on every built-in team colour and every template team', () => {
    const templates = path.resolve(__dirname, '../../../resources/templates');
    const colours = new Set<string>(TEAM_COLOURS);
    for (const dir of fs.readdirSync(templates))
      for (const file of fs.readdirSync(path.join(templates, dir))) {
        const doc = JSON.parse(fs.readFileSync(path.join(templates, dir, file), 'utf8')) as {
          teams?: { colour: string }[];
        };
        for (const team of doc.teams ?? []) colours.add(team.colour);
      }
    expect(colours.size).toBeGreaterThan(14);
    for (const colour of colours)
      expect(contrastRatio(colour, textColourOn(colour)), colour).toBeGreaterThanOrEqual(4.5);
  });
});
