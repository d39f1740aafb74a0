// What the invite and projector dialogs show, worked out purely: the addresses to give
// out (this computer's while the office network is closed, the office network's once
// open), each with the link in the format the page it opens reads.
import type { LanStatus } from '../../../shared/api/contract';
import { joinUrl, projectorUrl } from '../../../shared/session/links';

export type HostAddress = { key: string; where: 'thisComputer' | 'office'; address: string; url: string };

/** The host's addresses people can reach now, each with `link(origin)`; empty where no web transport runs. */
export function hostAddresses(status: LanStatus, link: (origin: string) => string): HostAddress[] {
  if (status.open)
    return status.addresses.map(({ address, url }) => ({ key: address, where: 'office', address, url: link(url) }));
  if (status.loopbackUrl === null) return [];
  return [
    {
      key: 'loopback',
      where: 'thisComputer',
      address: new URL(status.loopbackUrl).host,
      url: link(status.loopbackUrl),
    },
  ];
}

/** Where people join with the code. */
export const inviteAddresses = (status: LanStatus, joinCode: string) =>
  hostAddresses(status, (origin) => joinUrl(origin, joinCode));

/**
 * Where the room's screen opens the projector page: a second screen on this computer
 * while the office network is closed, a computer wired to the projector once it is open.
 */
export const projectorAddresses = (status: LanStatus, secret: string) =>
  hostAddresses(status, (origin) => projectorUrl(origin, secret));
