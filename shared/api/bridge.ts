// What the preload puts on `window.drillbook`, and the IPC channel names both sides
// use. Shared because both sides of the bridge need it: the preload and main
// process (electron/) and the page (renderer/). No Electron import here.
import type { Topic } from './contract';
import type { Envelope } from './errors';

/** Renderer → main: one invoke per API call, answered with the dispatcher's envelope. */
export const CALL_CHANNEL = 'drillbook:call';
/**
 * Main → renderer: the events of the topics the window subscribed to (`events.subscribe`
 * over CALL_CHANNEL), as (eventName, payload, topic, seq): the same subscriptions, scoped
 * and numbered, as a WebSocket connection gets.
 */
export const EVENT_CHANNEL = 'drillbook:event';
/** Renderer → main: open one of the app's other windows, as (kind, secret). */
export const WINDOW_CHANNEL = 'drillbook:openWindow';
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

/** The other windows the page may ask for: a closed list, like the menu's actions. */
export const WINDOW_KINDS = ['projector'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export function isWindowKind(value: unknown): value is WindowKind {
  return typeof value === 'string' && (WINDOW_KINDS as readonly string[]).includes(value);
}

/** A guest secret as the host mints them (base64url): nothing else reaches a window's URL. */
export function isWindowSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(value);
}

/** A topic as `events.subscribe` takes it, checked in the preload before any IPC. */
export function isTopic(value: unknown): value is Topic {
  if (value === 'library' || value === 'lan') return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { session?: unknown }).session === 'string'
  );
}

export type DrillbookBridge = {
  /** Calls one contract method; names outside the contract are refused without IPC. */
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Listens to one contract event; returns the unsubscribe function. */
  on(name: string, listener: (payload: unknown) => void): () => void;
  /** Asks for one topic's events after `afterSeq` (`events.subscribe` for this window). */
  subscribe(topic: Topic, afterSeq: number): Promise<Envelope<unknown>>;
  /** Listens to the application menu's page actions (desktop only). */
  onMenu(listener: (action: MenuAction) => void): () => void;
  /** Opens another window of the app (the projector, on a second screen when there is one). */
  openWindow(kind: WindowKind, secret: string): Promise<Envelope<unknown>>;
};

declare global {
  interface Window {
    /** Present in the desktop app only; the browser link talks WebSocket instead. */
    drillbook?: DrillbookBridge;
  }
}
