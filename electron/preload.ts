// The sandboxed preload: the only code with both the page and IPC in reach. It hands
// the page exactly the API contract — `call` for contract methods, `on` for contract
// events, `subscribe` for a topic's events, `onMenu` for the menu's page actions,
// `openWindow` for the closed list of other windows — and never ipcRenderer itself, an
// IPC event object, or anything from Node. Bundled to CommonJS; may require only
// 'electron' at run time.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventName, isMethodName } from '../shared/api/names';
import type { Envelope } from '../shared/api/errors';
import {
  CALL_CHANNEL,
  EVENT_CHANNEL,
  MENU_CHANNEL,
  WINDOW_CHANNEL,
  isMenuAction,
  isTopic,
  isWindowKind,
  isWindowSecret,
  type DrillbookBridge,
  type MenuAction,
} from '../shared/api/bridge';

// One IPC listener per channel, fanned out here: a listener per subscription would
// pile up on ipcRenderer (and trip its max-listeners warning) as screens come and go.
const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
const menuListeners = new Set<(action: MenuAction) => void>();

ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (!isEventName(name)) return; // main only sends contract events; anything else is dropped
  for (const listener of [...(eventListeners.get(name) ?? [])]) listener(payload);
});

ipcRenderer.on(MENU_CHANNEL, (_event: IpcRendererEvent, action: unknown) => {
  if (!isMenuAction(action)) return;
  for (const listener of [...menuListeners]) listener(action);
});

const bridge: DrillbookBridge = {
  call(name, input) {
    if (!isMethodName(name)) {
      // The same answer the dispatcher gives, without a round trip to main.
      const refused: Envelope<unknown> = {
        ok: false,
        error: { code: 'unknown_method', messageKey: 'errors.unknown_method', details: { method: String(name) } },
      };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(CALL_CHANNEL, name, input) as Promise<Envelope<unknown>>;
  },
  on(name, listener) {
    if (!isEventName(name)) throw new TypeError(`drillbook.on: "${String(name)}" is not an event of the API contract`);
    if (typeof listener !== 'function') throw new TypeError('drillbook.on: listener must be a function');
    let set = eventListeners.get(name);
    if (!set) eventListeners.set(name, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
  subscribe(topic, afterSeq) {
    if (!isTopic(topic)) throw new TypeError('drillbook.subscribe: not a topic of the API contract');
    if (!Number.isSafeInteger(afterSeq) || afterSeq < 0)
      throw new TypeError('drillbook.subscribe: afterSeq must be a whole number from 0');
    return ipcRenderer.invoke(CALL_CHANNEL, 'events.subscribe', { topic, afterSeq }) as Promise<Envelope<unknown>>;
  },
  openWindow(kind, secret) {
    if (!isWindowKind(kind)) throw new TypeError(`drillbook.openWindow: "${String(kind)}" is not a window of the app`);
    if (!isWindowSecret(secret)) throw new TypeError('drillbook.openWindow: not a secret the host gave');
    return ipcRenderer.invoke(WINDOW_CHANNEL, kind, secret) as Promise<Envelope<unknown>>;
  },
  onMenu(listener) {
    if (typeof listener !== 'function') throw new TypeError('drillbook.onMenu: listener must be a function');
    menuListeners.add(listener);
    return () => {
      menuListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('drillbook', bridge);
