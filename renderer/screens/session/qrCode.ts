// A QR code drawn here, offline, by the `qrcode` package: an SVG as a data URL for an
// <img> (the CSP allows data: images; nothing is fetched).
import QRCode from 'qrcode';

export async function qrCodeDataUrl(text: string): Promise<string> {
  // Level M survives a smudged projector or a glare on a phone's camera.
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
