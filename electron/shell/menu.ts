// The application menu as data: `menuTemplate` is pure (labels from the `menu`
// catalogue, clicks forwarded to the handlers it is given), so tests check every
// locale and platform without Electron; main.ts feeds it to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/i18n/locales';
import type { MenuAction } from '../../shared/api/bridge';
import { shellText } from './messages';

export type MenuOptions = {
  /** macOS: the app menu comes first, Quit lives there, File gets Close Window. */
  isMac: boolean;
  /** Packaged builds have no developer tools (and no menu item for them). */
  isPackaged: boolean;
};

export type MenuHandlers = {
  /** A page action (New, Import, Export): the shell forwards it to the window. */
  onAction(action: MenuAction): void;
  /** About: the shell shows its own dialog. */
  onAbout(): void;
};

const NO_HANDLERS: MenuHandlers = { onAction: () => {}, onAbout: () => {} };

export function menuTemplate(
  locale: Locale,
  { isMac, isPackaged }: MenuOptions,
  handlers: MenuHandlers = NO_HANDLERS,
): MenuItemConstructorOptions[] {
  const t = (key: string) => shellText(locale, key);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const action = (id: MenuAction, key: string, accelerator: string): MenuItemConstructorOptions => ({
    id,
    label: t(key),
    accelerator,
    click: () => handlers.onAction(id),
  });
  const about = (key: string): MenuItemConstructorOptions => ({
    id: 'about',
    label: t(key),
    click: () => handlers.onAbout(),
  });

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: 'Drillbook', // macOS shows the bundle's name here whatever the label says
    submenu: [
      about('app.about'),
      separator,
      { id: 'services', role: 'services', label: t('app.services') },
      separator,
      { id: 'hide', role: 'hide', label: t('app.hide') },
      { id: 'hideOthers', role: 'hideOthers', label: t('app.hideOthers') },
      { id: 'unhide', role: 'unhide', label: t('app.showAll') },
      separator,
      { id: 'quit', role: 'quit', label: t('app.quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: t('file.title'),
    submenu: [
      action('exercise.new', 'file.newExercise', 'CmdOrCtrl+N'),
      action('exercise.import', 'file.import', 'CmdOrCtrl+O'),
      action('exercise.export', 'file.export', 'CmdOrCtrl+E'),
      separator,
      isMac
        ? { id: 'close', role: 'close', label: t('file.closeWindow') }
        : { id: 'quit', role: 'quit', label: t('file.quit') },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: t('edit.title'),
    submenu: [
      { id: 'undo', role: 'undo', label: t('edit.undo') },
      { id: 'redo', role: 'redo', label: t('edit.redo') },
      separator,
      { id: 'cut', role: 'cut', label: t('edit.cut') },
      { id: 'copy', role: 'copy', label: t('edit.copy') },
      { id: 'paste', role: 'paste', label: t('edit.paste') },
      { id: 'selectAll', role: 'selectAll', label: t('edit.selectAll') },
    ],
  };

  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ id: 'toggleDevTools', role: 'toggleDevTools', label: t('view.toggleDevTools') }];
  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: t('view.title'),
    submenu: [
      { id: 'reload', role: 'reload', label: t('view.reload') },
      ...developer,
      separator,
      { id: 'resetZoom', role: 'resetZoom', label: t('view.resetZoom') },
      { id: 'zoomIn', role: 'zoomIn', label: t('view.zoomIn') },
      { id: 'zoomOut', role: 'zoomOut', label: t('view.zoomOut') },
      separator,
      { id: 'togglefullscreen', role: 'togglefullscreen', label: t('view.toggleFullScreen') },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: t('window.title'),
    submenu: [
      { id: 'minimize', role: 'minimize', label: t('window.minimize') },
      { id: 'zoom', role: 'zoom', label: t('window.zoom') },
      separator,
      { id: 'front', role: 'front', label: t('window.front') },
    ],
  };

  // On macOS About sits in the app menu, where users look for it; elsewhere in Help.
  const helpMenu: MenuItemConstructorOptions = { id: 'help', label: t('help.title'), submenu: [about('help.about')] };

  return isMac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

/** The About box's texts, for dialog.showMessageBox. */
export function aboutDialog(
  locale: Locale,
  version: string,
): { title: string; message: string; detail: string; ok: string } {
  return {
    title: shellText(locale, 'about.title'),
    message: shellText(locale, 'about.message', { version }),
    detail: shellText(locale, 'about.detail'),
    ok: shellText(locale, 'about.ok'),
  };
}
