// Colour arithmetic for the e2e tests: sRGB bytes to linear light and CIELAB, and the CIE76 colour
// difference (ΔE*ab: about 2.3 is the smallest difference a person notices side by side).

export type Rgb = [number, number, number];

/** An sRGB byte (0..255) in linear light (0..1), IEC 61966-2-1. */
export function toLinear(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** Linear light (0..1) back to an sRGB byte value (not rounded). */
export function toByte(linear: number): number {
  const c = Math.min(1, Math.max(0, linear));
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055);
}

/** `rgb(224, 123, 57)` (a computed CSS colour) or `#e07b39` as sRGB bytes. */
export function parseCssColour(css: string): Rgb {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css.trim());
  if (hex) return [parseInt(hex[1] ?? '0', 16), parseInt(hex[2] ?? '0', 16), parseInt(hex[3] ?? '0', 16)];
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css.trim());
  if (!rgb) throw new Error(`not a CSS rgb colour: ${css}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

/** CIELAB (D65 white) of an sRGB colour given as bytes. */
export function lab([r, g, b]: Rgb): Rgb {
  const [R, G, B] = [toLinear(r), toLinear(g), toLinear(b)];
  const x = (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047;
  const y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
  const z = (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE*ab between two sRGB colours given as bytes. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The mean of sRGB pixels taken in linear light (as light mixes), returned as sRGB bytes. */
export function meanColour(pixels: readonly Rgb[]): Rgb {
  const sum = [0, 0, 0];
  for (const p of pixels) for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + toLinear(p[c] ?? 0);
  return sum.map((s) => toByte(s / Math.max(1, pixels.length))) as Rgb;
}
