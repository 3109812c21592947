import QRCode from 'qrcode';

/**
 * An address as a QR code, an SVG `data:` URL the presenter view shows as an image (the
 * app's policy allows `data:` images, and nothing is fetched from anywhere). Made here,
 * offline, by `qrcode`. Its SVG renderer answers through the callback before returning,
 * which keeps this synchronous; the last address is cached, since the codes rarely change.
 */
export function createQrImages(): (text: string) => string {
  let cached: { text: string; image: string } | undefined;
  return (text) => {
    if (cached?.text === text) return cached.image;
    let svg: string | undefined;
    QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } }, (error, made) => {
      if (error !== null && error !== undefined) throw error;
      svg = made;
    });
    if (svg === undefined) throw new Error('qrcode did not render the SVG synchronously');
    cached = { text, image: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
    return cached.image;
  };
}
