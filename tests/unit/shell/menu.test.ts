import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import { catalogues } from '../../../shared/i18n/catalogues';
import { LOCALES, type Locale } from '../../../shared/i18n/locales';
import { MENU_ACTIONS, isMenuAction } from '../../../shared/api/bridge';
import { aboutDialog, menuTemplate } from '../../../electron/shell/menu';
import { shellText, startupFailure } from '../../../electron/shell/messages';

// The template's item type, without importing electron (tests may not).
type Item = ReturnType<typeof menuTemplate>[number];
const PLATFORMS = [
  { isMac: true, isPackaged: true },
  { isMac: true, isPackaged: false },
  { isMac: false, isPackaged: true },
  { isMac: false, isPackaged: false },
];

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : [])]);
}
function find(items: Item[], id: string): Item {
  const item = flatten(items).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}
function ids(items: Item[]): string[] {
  return flatten(items).flatMap((i) => (i.id ? [i.id] : []));
}
function labels(locale: Locale): string[] {
  return flatten(menuTemplate(locale, { isMac: false, isPackaged: false })).flatMap((i) => (i.label ? [i.label] : []));
}
function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('menu catalogue', () => {
  it('has the same keys in every locale, all non-empty', () => {
    const reference = keyPaths(catalogues.en.menu).sort();
    expect(reference.length).toBeGreaterThan(30);
    for (const locale of LOCALES) {
      expect(keyPaths(catalogues[locale].menu).sort(), locale).toEqual(reference);
      for (const key of reference) expect(shellText(locale, key).trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('keeps the same placeholders in every translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keyPaths(catalogues.en.menu)) {
      const english = placeholders(shellText('en', key));
      for (const locale of LOCALES) expect(placeholders(shellText(locale, key)), `${locale} ${key}`).toEqual(english);
    }
  });
});

describe('menuTemplate', () => {
  it('labels every item (except separators) in every locale and platform', () => {
    for (const locale of LOCALES) {
      for (const options of PLATFORMS) {
        for (const item of flatten(menuTemplate(locale, options))) {
          if (item.type === 'separator') continue;
          expect(typeof item.label, `${locale} ${item.id}`).toBe('string');
          expect(item.label?.trim(), `${locale} ${item.id}`).not.toBe('');
        }
      }
    }
  });

  it('speaks the chosen language: en, vi, zh-Hans and zh-Hant differ', () => {
    const en = labels('en');
    const vi = labels('vi');
    const hans = labels('zh-Hans');
    const hant = labels('zh-Hant');
    expect(en).toContain('New Exercise');
    expect(vi).toContain('Tạo bài diễn tập');
    expect(hans).toContain('新建演练');
    expect(hant).toContain('新增演練');
    // Item by item, the translations are not the English words.
    const differing = (other: string[]) => other.filter((label, i) => label !== en[i]).length;
    expect(differing(vi)).toBe(en.length);
    expect(differing(hans)).toBe(en.length);
    expect(differing(hant)).toBe(en.length);
    expect(hans).not.toEqual(hant);
  });

  it('puts an app menu with About, Services, Hide and Quit first on macOS only', () => {
    const mac = menuTemplate('en', { isMac: true, isPackaged: true });
    expect(mac[0]?.id).toBe('app');
    expect(ids([mac[0] as Item])).toEqual(['app', 'about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(mac.map((m) => m.id)).toEqual(['app', 'file', 'edit', 'view', 'window']);
    expect(find(mac, 'file').submenu).toContainEqual(expect.objectContaining({ role: 'close' }));

    const other = menuTemplate('en', { isMac: false, isPackaged: true });
    expect(other.map((m) => m.id)).toEqual(['file', 'edit', 'view', 'help']);
    expect(ids(other)).not.toContain('services');
    expect(find(other, 'file').submenu).toContainEqual(expect.objectContaining({ id: 'quit', role: 'quit' }));
    expect(find(other, 'help').submenu).toContainEqual(expect.objectContaining({ id: 'about' }));
  });

  it('has the File, Edit and View items the brief lists', () => {
    const template = menuTemplate('en', { isMac: false, isPackaged: false });
    expect(ids([find(template, 'file')])).toEqual([
      'file',
      'exercise.new',
      'exercise.import',
      'exercise.export',
      'quit',
    ]);
    const editRoles = (find(template, 'edit').submenu as Item[]).flatMap((i) => (i.role ? [i.role] : []));
    expect(editRoles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    const viewRoles = (find(template, 'view').submenu as Item[]).flatMap((i) => (i.role ? [i.role] : []));
    expect(viewRoles).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('offers the developer tools only when not packaged', () => {
    for (const isMac of [true, false]) {
      expect(ids(menuTemplate('en', { isMac, isPackaged: false }))).toContain('toggleDevTools');
      expect(ids(menuTemplate('en', { isMac, isPackaged: true }))).not.toContain('toggleDevTools');
      const roles = flatten(menuTemplate('vi', { isMac, isPackaged: true })).map((i) => i.role);
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('forceReload');
    }
  });

  it('sends page actions and About to the handlers', () => {
    const onAction = vi.fn();
    const onAbout = vi.fn();
    for (const isMac of [true, false]) {
      const template = menuTemplate('vi', { isMac, isPackaged: true }, { onAction, onAbout });
      for (const action of MENU_ACTIONS) {
        const click = find(template, action).click as () => void;
        click();
        expect(onAction).toHaveBeenLastCalledWith(action);
      }
      (find(template, 'about').click as () => void)();
    }
    expect(onAction).toHaveBeenCalledTimes(MENU_ACTIONS.length * 2);
    expect(onAbout).toHaveBeenCalledTimes(2);
  });

  it('gives the page actions keyboard shortcuts', () => {
    const template = menuTemplate('en', { isMac: false, isPackaged: true });
    expect(find(template, 'exercise.new').accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'exercise.import').accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, 'exercise.export').accelerator).toBe('CmdOrCtrl+E');
  });
});

describe('menu actions', () => {
  it('accepts exactly the listed ids', () => {
    for (const action of MENU_ACTIONS) expect(isMenuAction(action)).toBe(true);
    for (const value of ['exercise.delete', '', 'EXERCISE.NEW', null, 1, {}]) expect(isMenuAction(value)).toBe(false);
  });
});

describe('shell texts', () => {
  it('interpolates {{name}} and leaves unknown placeholders visible', () => {
    expect(aboutDialog('en', '1.2.3').message).toBe('Drillbook 1.2.3');
    expect(aboutDialog('zh-Hans', '1.2.3').title).toBe('关于 Drillbook');
    expect(aboutDialog('vi', '0.1.0').ok).toBe('Đồng ý');
    expect(shellText('en', 'startup.failed', { dataDir: '/d' })).toContain('{{detail}}');
  });

  it('throws on a key the catalogue lacks rather than showing it', () => {
    expect(() => shellText('en', 'file.nope')).toThrow(/file\.nope/);
    expect(() => shellText('en', 'file')).toThrow();
  });

  it('explains a locked data folder in the user language', () => {
    const locked = new DomainError('conflict', 'errors.dataDirLocked', { dataDir: '/data', pid: 42 });
    const vi = startupFailure('vi', locked, '/data');
    expect(vi.reason).toBe('dataDirLocked');
    expect(vi.title).toBe('Không thể khởi động Drillbook');
    expect(vi.message).toContain('/data');
    expect(vi.message).toContain('đang sử dụng thư mục dữ liệu');
    expect(startupFailure('zh-Hant', locked, 'C:\\Users\\a').message).toContain('C:\\Users\\a');
  });

  it('shows any other failure with its technical detail', () => {
    const other = startupFailure('en', new Error('SQLITE_CANTOPEN: unable to open database file'), '/data');
    expect(other.reason).toBe('failed');
    expect(other.message).toContain('SQLITE_CANTOPEN');
    expect(other.message).toContain('/data');
    const unknownKey = startupFailure('en', new DomainError('conflict', 'errors.noSuchKey'), '/data');
    expect(unknownKey.reason).toBe('failed');
    expect(startupFailure('zh-Hans', 'weird', '/d').message).toContain('weird');
  });

  it('shows a host error in the user language, filled from its details', () => {
    const full = new DomainError('storage', 'errors.diskFull', { dataDir: '/srv/drills', file: '/srv/drills/x' });
    const vi = startupFailure('vi', full, '/srv/drills');
    expect(vi.reason).toBe('translated');
    expect(vi.message).toBe(
      'Ổ đĩa chứa thư viện (/srv/drills) đã đầy nên không lưu thêm được gì. Hãy giải phóng bớt dung lượng trên ổ đĩa rồi thử lại.',
    );
    const tooNew = new DomainError('storage', 'errors.databaseTooNew', { dataDir: '/d', found: 9, supported: 2 });
    expect(startupFailure('zh-Hant', tooNew, '/d').message).toContain('格式 9');
    expect(startupFailure('en', tooNew, '/d').message).not.toMatch(/{{/);
  });
});
