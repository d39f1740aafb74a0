// The built headless host (dist/host/cli.cjs) as the bench starts it: a child process
// on a free loopback port over a given data folder, and one staff API call over its
// WebSocket, timed from the spawn. The bench bundle runs from dist/bench/.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { API_WS_PATH, TOKEN_PARAM } from '../../shared/api/endpoints';
import { STAFF_LINK_PATTERN, tokenOfLink } from '../support/staffLink';

const CLI = path.resolve(__dirname, '../host/cli.cjs');
const START_TIMEOUT_MS = 60_000;

export type BenchHost = {
  /** The staff link the host printed (http://127.0.0.1:port/?token=…). */
  url: string;
  /** From spawn to the link printed. */
  linkMs: number;
  /** One staff call over the WebSocket: its reply's value, and when it came (ms from spawn). */
  call(method: string, input: unknown): Promise<{ value: unknown; atMs: number }>;
  /**
   * CPU time the host process has used so far (Linux only, else null): on a machine
   * busy with other work, wall time mostly measures the wait for a core.
   */
  cpuMs(): number | null;
  stop(): Promise<void>;
};

export async function startBenchHost(dataDir: string): Promise<BenchHost> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [CLI, '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), START_TIMEOUT_MS);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = STAFF_LINK_PATTERN.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${out}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const linkMs = performance.now() - started;
  const link = new URL(url);
  const token = tokenOfLink(link);
  const socketUrl = `ws://${link.host}${API_WS_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;

  let nextId = 1;
  const call = (method: string, input: unknown) =>
    new Promise<{ value: unknown; atMs: number }>((resolve, reject) => {
      const socket = new WebSocket(socketUrl, { headers: { origin: link.origin } });
      const id = nextId++;
      socket.on('open', () => socket.send(JSON.stringify({ id, method, input })));
      socket.on('error', reject);
      socket.on('message', (data: Buffer) => {
        const frame = JSON.parse(data.toString()) as {
          type: string;
          id?: number;
          result?: { ok: boolean; value?: unknown; error?: unknown };
        };
        if (frame.type !== 'reply' || frame.id !== id) return;
        const atMs = performance.now() - started;
        socket.close();
        if (frame.result?.ok) resolve({ value: frame.result.value, atMs });
        else reject(new Error(`${method} failed: ${JSON.stringify(frame.result?.error)}`));
      });
    });
  const cpuMs = () => {
    try {
      // /proc/<pid>/stat: utime and stime are fields 14 and 15, in clock ticks (100 a second).
      const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return null; // not Linux, or the process is gone: the figure is wall time either way
    }
  };
  return { url, linkMs, call, cpuMs, stop };
}
