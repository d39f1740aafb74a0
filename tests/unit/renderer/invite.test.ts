import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { inviteAddresses, projectorAddresses } from '../../../renderer/screens/session/inviteModel';
import { joinUrl, projectorUrl } from '../../../shared/session/links';
import { qrCodeDataUrl } from '../../../renderer/screens/session/qrCode';

describe('the invite panel’s addresses', () => {
  it('builds the join link in the agreed format, the code escaped', () => {
    expect(joinUrl('http://10.0.5.7:7420', 'K7Q2M9')).toBe('http://10.0.5.7:7420/#/join?code=K7Q2M9');
    expect(joinUrl('http://127.0.0.1:7420', 'A B&c')).toBe('http://127.0.0.1:7420/#/join?code=A%20B%26c');
    expect(projectorUrl('http://127.0.0.1:7420', 'abc_DEF-1')).toBe(
      'http://127.0.0.1:7420/#/projector?secret=abc_DEF-1',
    );
    expect(projectorUrl('http://10.0.0.5:7420', 'a+b/c')).toBe('http://10.0.0.5:7420/#/projector?secret=a%2Bb%2Fc');
  });

  it('while closed offers this computer only, for a second window or the projector', () => {
    expect(inviteAddresses({ open: false, addresses: [], loopbackUrl: 'http://127.0.0.1:7420' }, 'K7Q2M9')).toEqual([
      {
        key: 'loopback',
        where: 'thisComputer',
        address: '127.0.0.1:7420',
        url: 'http://127.0.0.1:7420/#/join?code=K7Q2M9',
      },
    ]);
  });

  it('once open offers the office-network addresses, and not loopback', () => {
    const status = {
      open: true,
      addresses: [
        { address: '10.0.5.7', url: 'http://10.0.5.7:7420' },
        { address: '192.168.1.20', url: 'http://192.168.1.20:7420' },
      ],
      loopbackUrl: 'http://127.0.0.1:7420',
    };
    expect(inviteAddresses(status, 'K7Q2M9')).toEqual([
      { key: '10.0.5.7', where: 'office', address: '10.0.5.7', url: 'http://10.0.5.7:7420/#/join?code=K7Q2M9' },
      {
        key: '192.168.1.20',
        where: 'office',
        address: '192.168.1.20',
        url: 'http://192.168.1.20:7420/#/join?code=K7Q2M9',
      },
    ]);
  });

  it('offers nothing where no web transport runs', () => {
    expect(inviteAddresses({ open: false, addresses: [], loopbackUrl: null }, 'K7Q2M9')).toEqual([]);
  });
});

describe('the QR code', () => {
  it('is an SVG data URL of the link’s own symbol, with a quiet zone', async () => {
    const url = 'http://192.168.1.20:7420/#/join?code=K7Q2M9';
    const dataUrl = await qrCodeDataUrl(url);
    const prefix = 'data:image/svg+xml;charset=utf-8,';
    expect(dataUrl.startsWith(prefix)).toBe(true);
    const svg = decodeURIComponent(dataUrl.slice(prefix.length));
    const size = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`);
    expect(svg).toMatch(/<path[^>]+stroke="#000000"/);
    // Another link draws another symbol.
    expect(await qrCodeDataUrl(url.replace('K7Q2M9', 'ZZZZZZ'))).not.toBe(dataUrl);
  });

  it('gives the projector the same addresses as the invite, each with the projector link', () => {
    const closed = { open: false, addresses: [], loopbackUrl: 'http://127.0.0.1:7420' };
    expect(projectorAddresses(closed, 's3cret')).toEqual([
      {
        key: 'loopback',
        where: 'thisComputer',
        address: '127.0.0.1:7420',
        url: 'http://127.0.0.1:7420/#/projector?secret=s3cret',
      },
    ]);
    const open = {
      open: true,
      addresses: [{ address: '10.0.5.7', url: 'http://10.0.5.7:7420' }],
      loopbackUrl: closed.loopbackUrl,
    };
    expect(projectorAddresses(open, 's3cret')).toEqual([
      { key: '10.0.5.7', where: 'office', address: '10.0.5.7', url: 'http://10.0.5.7:7420/#/projector?secret=s3cret' },
    ]);
    expect(projectorAddresses({ open: false, addresses: [], loopbackUrl: null }, 's3cret')).toEqual([]);
  });
});
