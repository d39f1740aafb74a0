// The sound of a new inject: two short tones made with WebAudio (no file to fetch). Browsers
// let a page make sound only after the user touched it, so the sound starts off and the
// user turns it on; the choice is kept in this browser.
const SETTING_KEY = 'drillbook.guest.sound';

let context: AudioContext | null = null;

export function soundWanted(storage: Storage): boolean {
  return storage.getItem(SETTING_KEY) === 'on';
}

export function rememberSound(storage: Storage, on: boolean): void {
  storage.setItem(SETTING_KEY, on ? 'on' : 'off');
}

/** Allowed to play now? Called from a click it unlocks the sound; on page load it may not. */
export async function unlockSound(): Promise<boolean> {
  if (typeof AudioContext === 'undefined') return false;
  context ??= new AudioContext();
  // A refused resume leaves the state suspended, which is the answer read below.
  if (context.state !== 'running') await context.resume().catch(() => undefined);
  return context.state === 'running';
}

/** Plays the arrival tones; false when the browser does not let the page play yet. */
export function playArrival(): boolean {
  if (!context || context.state !== 'running') return false;
  const start = context.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.22, 1175],
  ] as const) {
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
    tone.connect(gain).connect(context.destination);
    tone.start(start + offset);
    tone.stop(start + offset + 0.2);
  }
  return true;
}
