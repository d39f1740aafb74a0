// Text on a team's colour: black or white, whichever contrasts more with the colour,
// by WCAG 2.1's relative luminance. One of the two always reaches 4.5:1 (the worse
// background for both, luminance ≈ 0.18, still gives √21 ≈ 4.58), so any colour the
// picker allows gets readable text.

export const BLACK_TEXT = '#000000';
export const WHITE_TEXT = '#ffffff';

/** `#rrggbb` (or `#rgb`) as 0–255 channels; null for anything else. */
export function parseHexColour(hex: string): [number, number, number] | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((c) => c + c) : null;
  if (!parts) return null;
  return parts.map((p) => parseInt(p, 16)) as [number, number, number];
}

/** WCAG 2.1 relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const rgb = parseHexColour(hex);
  if (!rgb) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21, whichever order they come in. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white text for a background, whichever contrasts more; white for a colour that cannot be read. */
export function textColourOn(background: string): typeof BLACK_TEXT | typeof WHITE_TEXT {
  if (!parseHexColour(background)) return WHITE_TEXT;
  return contrastRatio(background, BLACK_TEXT) > contrastRatio(background, WHITE_TEXT) ? BLACK_TEXT : WHITE_TEXT;
}
