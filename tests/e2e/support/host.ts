// Starts the real headless host (`dist/host/cli.cjs`) as a child process on a free
// loopback port and hands back the link it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { STAFF_LINK_PATTERN } from '../../support/staffLink';

export type RunningHost = {
  url: string;
  origin: string;
  port: number;
  stop(): Promise<void>;
  /** SIGKILL: the host dies mid-work, as in a crash or a power cut, with no chance to clean up. */
  kill(): Promise<void>;
  output(): string;
};

const CLI = path.resolve(__dirname, '../../../dist/host/cli.cjs');

export async function startHost(dataDir: string, extraArgs: string[] = []): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, [CLI, '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 15_000);
    const check = () => {
      const match = STAFF_LINK_PATTERN.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${out}`)));
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      // A host killed by a signal has no exit code, only the signal.
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return {
    url,
    origin: new URL(url).origin,
    port: Number(new URL(url).port),
    output: () => out,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
