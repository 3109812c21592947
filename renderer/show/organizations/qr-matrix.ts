/** A QR code's modules: `size` by `size`, row by row, true where a module is dark. */
export interface QrMatrix {
  readonly size: number;
  readonly dark: readonly boolean[];
}

/**
 * Medium error correction (15% of the code may be unreadable): a projected code has
 * glare, keystone and a bright spot to survive, and a short address stays a small code.
 */
const ERROR_CORRECTION = 'M';

const made = new Map<string, QrMatrix>();

/**
 * The QR code for `address`, made in the page by `qrcode`'s encoder. The encoder is
 * loaded on first use, in a chunk of its own, so the first slide never waits for it
 * (most shows have no organizations slide); it ships with the app, so this works offline.
 * Codes are remembered by address: a slide shown again draws at once.
 */
export async function qrMatrix(address: string): Promise<QrMatrix> {
  const known = made.get(address);
  if (known !== undefined) return known;
  const { create } = await import('qrcode/lib/core/qrcode.js');
  const { modules } = create(address, { errorCorrectionLevel: ERROR_CORRECTION });
  const matrix = { size: modules.size, dark: Array.from(modules.data, (module) => module !== 0) };
  made.set(address, matrix);
  return matrix;
}

/** The code for `address` if it was already made, to draw it with no wait. */
export function knownQrMatrix(address: string): QrMatrix | undefined {
  return made.get(address);
}
