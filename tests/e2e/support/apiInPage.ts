// An API call made by the page itself, over a WebSocket of its own with the staff
// token: set-up and read-back for tests, with the page's origin as any screen has it.
import type { Page } from 'playwright-core';

/** One API call from the page, over its own WebSocket with the staff token. */
export function callInPage(page: Page, token: string, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    ({ token, method, input }) =>
      new Promise((resolve, reject) => {
        const ws = new WebSocket(`ws://${location.host}/api?token=${encodeURIComponent(token)}`);
        ws.onopen = () => ws.send(JSON.stringify({ id: 1, method, input }));
        ws.onerror = () => reject(new Error('socket failed'));
        ws.onmessage = (message) => {
          const frame = JSON.parse(String(message.data)) as {
            type: string;
            result?: { ok: boolean; value?: unknown; error?: unknown };
          };
          if (frame.type !== 'reply') return;
          ws.close();
          if (frame.result?.ok) resolve(frame.result.value);
          else reject(new Error(JSON.stringify(frame.result?.error)));
        };
      }),
    { token, method, input },
  );
}
