import { describe, expect, it } from 'vitest';
import { safeFileStem } from '../../../shared/files/fileName';

describe('safe file names', () => {
  it('keeps Vietnamese and Chinese titles readable', () => {
    expect(safeFileStem('Diễn tập PCCC tầng 12', 'x')).toBe('Diễn tập PCCC tầng 12');
    expect(safeFileStem('口岸應急演練', 'x')).toBe('口岸應急演練');
  });

  it('drops what file systems refuse and collapses the gaps', () => {
    expect(safeFileStem('A/B\\C: "D" <E>|F?*', 'x')).toBe('A B C D E F');
    expect(safeFileStem('line\nbreak\ttab', 'x')).toBe('line break tab');
    expect(safeFileStem('ends with dots...', 'x')).toBe('ends with dots');
  });

  it('falls back for empty and reserved names, and stays short', () => {
    expect(safeFileStem('///', 'msel')).toBe('msel');
    expect(safeFileStem('CON', 'msel')).toBe('msel');
    expect(safeFileStem('x'.repeat(300), 'msel')).toHaveLength(80);
  });

  it('composes decomposed Vietnamese (as macOS file dialogs give it)', () => {
    expect(safeFileStem('Diễn tập'.normalize('NFD'), 'x')).toBe('Diễn tập'.normalize('NFC'));
  });
});
