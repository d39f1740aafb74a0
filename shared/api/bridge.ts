// What the preload puts on `window.drillbook`, and the IPC channel names both sides
// use. Shared because both sides of the bridge need it: the preload and main
// process (electron/) and the page (renderer/). No Electron import here.
import type { Envelope } from './errors';

/** Renderer → main: one invoke per API call, answered with the dispatcher's envelope. */
export const CALL_CHANNEL = 'drillbook:call';
/** Main → renderer: every host event, as (eventName, payload). */
export const EVENT_CHANNEL = 'drillbook:event';
/** Main → renderer: an application-menu item that needs the page, as (action). */
export const MENU_CHANNEL = 'drillbook:menu';

/**
 * Menu items that ask the page to act. A closed list, checked on both sides of the
 * bridge, so the menu channel can carry nothing but these ids.
 */
export const MENU_ACTIONS = ['exercise.new', 'exercise.import', 'exercise.export'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value);
}

export type DrillbookBridge = {
  /** Calls one contract method; names outside the contract are refused without IPC. */
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Listens to one contract event; returns the unsubscribe function. */
  on(name: string, listener: (payload: unknown) => void): () => void;
  /** Listens to the application menu's page actions (desktop only). */
  onMenu(listener: (action: MenuAction) => void): () => void;
};

declare global {
  interface Window {
    /** Present in the desktop app only; the browser link talks WebSocket instead. */
    drillbook?: DrillbookBridge;
  }
}
