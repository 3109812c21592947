import { useEffect, useState } from 'react';
import { knownQrMatrix, qrMatrix, type QrMatrix } from './qr-matrix';

/** The light margin around a code, in modules: the 4 the QR standard asks for, so a phone finds its edges on a dark slide. */
const QUIET_ZONE = 4;

/** The QR code of `address`, or undefined until it is made (or if it cannot be: the link stays as text). */
function useQrMatrix(address: string): QrMatrix | undefined {
  const [matrix, setMatrix] = useState(() => knownQrMatrix(address));
  useEffect(() => {
    let current = true;
    setMatrix(knownQrMatrix(address));
    qrMatrix(address).then(
      (made) => {
        if (current) setMatrix(made);
      },
      (error: unknown) => console.error(`no QR code for ${address}: ${String(error)}`),
    );
    return () => {
      current = false;
    };
  }, [address]);
  return matrix;
}

/** The dark modules as one SVG path of unit squares: one element however many modules. */
function darkModulesPath({ size, dark }: QrMatrix): string {
  let path = '';
  dark.forEach((isDark, index) => {
    if (isDark) path += `M${index % size} ${Math.floor(index / size)}h1v1h-1z`;
  });
  return path;
}

/**
 * A QR code for `address`, dark on a light square whatever the theme, quiet zone
 * included, filling the box CSS gives it (`className` names it for CSS: an organization's
 * card unless given). The square is there at once (the fit counts it) and the modules
 * appear when the code is made, a moment after the slide.
 */
export function QrCode({ address, className = 'organization-code' }: { readonly address: string; readonly className?: string }) {
  const matrix = useQrMatrix(address);
  const side = (matrix?.size ?? 21) + 2 * QUIET_ZONE;
  return (
    <svg
      className={className}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      shapeRendering="crispEdges"
      aria-hidden="true"
      data-ready={matrix !== undefined}
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      {matrix !== undefined && <path d={darkModulesPath(matrix)} fill="#000" />}
    </svg>
  );
}
