// What the invite panel shows, worked out purely: the addresses to give people (this
// computer's while the office network is closed, the office network's once open), the
// join link in the format the join page reads, and the projector's link.
import type { LanStatus } from '../../../shared/api/contract';
import { joinUrl } from '../../../shared/session/links';

export type InviteAddress = { key: string; where: 'thisComputer' | 'office'; address: string; url: string };

export function inviteAddresses(status: LanStatus, joinCode: string): InviteAddress[] {
  if (status.open)
    return status.addresses.map(({ address, url }) => ({
      key: address,
      where: 'office',
      address,
      url: joinUrl(url, joinCode),
    }));
  if (status.loopbackUrl === null) return [];
  return [
    {
      key: 'loopback',
      where: 'thisComputer',
      address: new URL(status.loopbackUrl).host,
      url: joinUrl(status.loopbackUrl, joinCode),
    },
  ];
}
