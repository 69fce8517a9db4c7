/**
 * The join link as a QR code: the qrcode library computes the modules, drawn here as one SVG
 * path (no image data, no HTML injection), dark on light with the quiet zone the standard asks.
 */
import { create } from 'qrcode';
import { useMemo } from 'react';

export function qrPath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
  }
  return { size: modules.size + 8, path };
}

export function QrCode({ text, pixels, label, testId }: { text: string; pixels: number; label: string; testId?: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="participants-qr"
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-testid={testId}
      data-link={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
