// The projector window of the desktop app, decided purely: which display it goes on (a
// second screen when there is one, full screen there; else a window beside the console)
// and what it may load (only the host's own loopback origin: it is a guest page like any
// browser's, talking to the web transport, with no preload and no IPC).

export type Rect = { x: number; y: number; width: number; height: number };
/** The parts of Electron's Display this uses. */
export type DisplayInfo = { id: number; workArea: Rect };

export type ProjectorPlacement = { displayId: number; bounds: Rect; fullscreen: boolean };

/**
 * `consoleDisplayId`: the display showing the console window (Electron's
 * getDisplayMatching), or the primary display when there is no console window.
 */
export function chooseProjectorDisplay(
  displays: readonly DisplayInfo[],
  consoleDisplayId: number,
): ProjectorPlacement | null {
  const others = displays.filter((d) => d.id !== consoleDisplayId);
  if (others.length > 0) {
    // The largest other screen: a projector or a wall screen, rather than a small panel.
    const target = [...others].sort(
      (a, b) => b.workArea.width * b.workArea.height - a.workArea.width * a.workArea.height,
    )[0]!;
    return { displayId: target.id, bounds: target.workArea, fullscreen: true };
  }
  const same = displays.find((d) => d.id === consoleDisplayId) ?? displays[0];
  if (!same) return null;
  // One screen: a window the facilitator can drag to a projector plugged in later.
  const { x, y, width, height } = same.workArea;
  const w = Math.round(width * 0.6);
  const h = Math.round(height * 0.6);
  return {
    displayId: same.id,
    bounds: { x: x + Math.round((width - w) / 2), y: y + Math.round((height - h) / 2), width: w, height: h },
    fullscreen: false,
  };
}

/**
 * What the projector window may request: its host's own pages and API socket (the origin
 * exactly, `http://127.0.0.1:<port>`, and its WebSocket twin), data: images, devtools.
 * Nothing else: not another port, not another address, not the internet.
 */
export function isAllowedProjectorRequest(url: string, hostOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'devtools:') return true;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'http:') return parsed.origin === hostOrigin;
  if (parsed.protocol === 'ws:') return `http://${parsed.host}` === hostOrigin;
  return false;
}

/** The projector window may navigate only within its host's own pages. */
export function isAllowedProjectorNavigation(url: string, hostOrigin: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && parsed.origin === hostOrigin && parsed.username === '';
  } catch {
    return false;
  }
}
