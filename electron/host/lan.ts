// Which addresses the host listens on. Loopback always; the LAN only when the
// facilitator asks for it, and then only private (RFC 1918) IPv4 addresses of real
// interfaces — never a public address, so an exercise can't end up on the internet.
import type os from 'node:os';

export type Interfaces = ReturnType<typeof os.networkInterfaces>;
export const LOOPBACK = '127.0.0.1';

export function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export type BindChoice = { addresses: string[]; lanAddresses: string[] };

export function chooseBindAddresses(options: { lan: boolean; interfaces: Interfaces }): BindChoice {
  if (!options.lan) return { addresses: [LOOPBACK], lanAddresses: [] };
  const lan = new Set<string>();
  for (const infos of Object.values(options.interfaces)) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv4' && !info.internal && isPrivateIPv4(info.address)) lan.add(info.address);
    }
  }
  const lanAddresses = [...lan].sort();
  return { addresses: [LOOPBACK, ...lanAddresses], lanAddresses };
}
