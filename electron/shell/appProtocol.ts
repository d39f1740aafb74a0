// The app:// handler's body, without Electron: a web Request in, a web Response out,
// so tests run it under plain Node against a temporary folder. main.ts passes it to
// protocol.handle('app', …).
import fs from 'node:fs';
import type { Logger } from '../host/ports';
import { appResponseHeaders, resolveAppPath } from './security';

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders(null) });
}

export async function serveAppRequest(rendererRoot: string, request: Request, logger: Logger): Promise<Response> {
  const file = resolveAppPath(rendererRoot, request.url);
  if (file === null) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  let body: Buffer;
  try {
    body = await fs.promises.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return plain(404, 'Not found');
    logger.error('app:// read failed', { file, code: code ?? null });
    return plain(500, 'Internal error');
  }
  const headers = appResponseHeaders(file);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
