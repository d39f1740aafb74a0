import { describe, expect, it } from 'vitest';
import {
  chooseProjectorDisplay,
  isAllowedProjectorNavigation,
  isAllowedProjectorRequest,
  type DisplayInfo,
} from '../../../electron/shell/projectorWindow';

const laptop: DisplayInfo = { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 900 } };
const projector: DisplayInfo = { id: 2, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };
const smallPanel: DisplayInfo = { id: 3, workArea: { x: -800, y: 0, width: 800, height: 480 } };

describe('which display the projector window goes on', () => {
  it('a second screen, full screen, when there is one', () => {
    expect(chooseProjectorDisplay([laptop, projector], 1)).toEqual({
      displayId: 2,
      bounds: projector.workArea,
      fullscreen: true,
    });
  });

  it('the screen the console is not on, even when that is the primary one', () => {
    expect(chooseProjectorDisplay([laptop, projector], 2)).toMatchObject({ displayId: 1, fullscreen: true });
  });

  it('the largest of several other screens', () => {
    expect(chooseProjectorDisplay([smallPanel, laptop, projector], 1)?.displayId).toBe(2);
  });

  it('with one screen, a window centred on it, not full screen over the console', () => {
    expect(chooseProjectorDisplay([laptop], 1)).toEqual({
      displayId: 1,
      bounds: { x: 288, y: 180, width: 864, height: 540 },
      fullscreen: false,
    });
  });

  it('nothing when no display is known', () => {
    expect(chooseProjectorDisplay([], 1)).toBeNull();
  });
});

describe('what the projector window may load', () => {
  const origin = 'http://127.0.0.1:7420';

  it('its host’s pages and API socket, data: images and devtools', () => {
    expect(isAllowedProjectorRequest('http://127.0.0.1:7420/#/projector?secret=x', origin)).toBe(true);
    expect(isAllowedProjectorRequest('http://127.0.0.1:7420/assets/index.js', origin)).toBe(true);
    expect(isAllowedProjectorRequest('ws://127.0.0.1:7420/api?guest=1', origin)).toBe(true);
    expect(isAllowedProjectorRequest('data:image/svg+xml,<svg/>', origin)).toBe(true);
    expect(isAllowedProjectorRequest('devtools://devtools/bundled/x.html', origin)).toBe(true);
  });

  it('nothing else: another port, address, scheme, look-alike or the internet', () => {
    for (const url of [
      'http://127.0.0.1:7421/',
      'http://127.0.0.2:7420/',
      'http://localhost:7420/',
      'https://127.0.0.1:7420/',
      'ws://127.0.0.1:7421/api',
      'wss://127.0.0.1:7420/api',
      'http://user@127.0.0.1:7420/',
      'http://127.0.0.1:7420@evil.example/',
      'https://example.com/',
      'file:///etc/passwd',
      'app://drillbook/index.html',
      'not a url',
    ])
      expect(isAllowedProjectorRequest(url, origin), url).toBe(false);
  });

  it('navigates only within its host’s pages', () => {
    expect(isAllowedProjectorNavigation('http://127.0.0.1:7420/#/projector?secret=y', origin)).toBe(true);
    expect(isAllowedProjectorNavigation('https://example.com/', origin)).toBe(false);
    expect(isAllowedProjectorNavigation('app://drillbook/index.html', origin)).toBe(false);
  });
});
