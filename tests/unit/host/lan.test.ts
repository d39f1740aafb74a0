import { describe, expect, it } from 'vitest';
import { chooseBindAddresses, isPrivateIPv4, type Interfaces } from '../../../electron/host/lan';

const iface = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as never;

const interfaces: Interfaces = {
  lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
  eth0: [iface('192.168.1.20', 'IPv4'), iface('fe80::1', 'IPv6')],
  wlan0: [iface('10.0.5.7', 'IPv4')],
  docker0: [iface('172.17.0.1', 'IPv4')],
  wan0: [iface('203.0.113.9', 'IPv4')],
  odd: [iface('172.32.0.1', 'IPv4')],
};

describe('bind address choice', () => {
  it('listens on loopback only unless --lan', () => {
    expect(chooseBindAddresses({ lan: false, interfaces })).toEqual({ addresses: ['127.0.0.1'], lanAddresses: [] });
  });

  it('with --lan adds private IPv4 addresses of real interfaces, never public ones', () => {
    const choice = chooseBindAddresses({ lan: true, interfaces });
    expect(choice.lanAddresses).toEqual(['10.0.5.7', '172.17.0.1', '192.168.1.20']);
    expect(choice.addresses).toEqual(['127.0.0.1', '10.0.5.7', '172.17.0.1', '192.168.1.20']);
    expect(choice.addresses).not.toContain('203.0.113.9');
    expect(choice.addresses).not.toContain('172.32.0.1');
  });

  it('with --lan and no private interface, stays on loopback', () => {
    expect(chooseBindAddresses({ lan: true, interfaces: { lo: interfaces.lo } })).toEqual({
      addresses: ['127.0.0.1'],
      lanAddresses: [],
    });
  });

  it.each([
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.15.0.1', false],
    ['192.168.0.1', true],
    ['192.169.0.1', false],
    ['8.8.8.8', false],
    ['256.1.1.1', false],
    ['10.1.2', false],
  ])('%s private: %s', (address, expected) => {
    expect(isPrivateIPv4(address)).toBe(expected);
  });
});
