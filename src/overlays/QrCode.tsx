// A QR code made on the device from a text (the handout's link): uqr's module matrix drawn as one SVG path,
// so no network service sees the link and no generated markup is injected as HTML.
import { encode } from 'uqr';

/**
 * Medium error correction survives a smudged or creased printout; the quiet zone (4 modules, as the
 * standard asks) is drawn by the SVG, not by uqr.
 */
export const QR_OPTIONS = { ecc: 'M', border: 0 } as const;
const QUIET_ZONE = 4;

export interface QrCodeProps {
  /** The text to encode. */
  value: string;
  /** Accessible name of the image. */
  label: string;
  /** Rendered size in CSS units. Default "32mm", large enough for phone cameras from a printed page. */
  size?: string;
}

export function QrCode({ value, label, size = '32mm' }: QrCodeProps) {
  const qr = encode(value, QR_OPTIONS);
  // One unit square per dark module; crispEdges keeps neighbours from showing hairline seams.
  let d = '';
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const span = qr.size + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      data-modules={qr.size}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${span} ${span}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={span} height={span} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
