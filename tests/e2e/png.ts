// A minimal PNG decoder (8-bit RGB/RGBA, non-interlaced: what Chromium's screenshots are) so the tests can
// look at pixels without an image package. Returns RGBA.
import { inflateSync } from 'node:zlib';

export interface Rgba {
  width: number;
  height: number;
  /** width * height * 4 bytes, row-major. */
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Buffer): Rgba {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const chunk = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      const depth = chunk[8];
      const colour = chunk[9];
      const interlace = chunk[12];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(chunk);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const x = line[i] ?? 0;
      const a = i >= channels ? (cur[i - channels] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= channels ? (prev[i - channels] ?? 0) : 0;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      cur[i] = (x + predictor) & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      out[o] = cur[px * channels] ?? 0;
      out[o + 1] = cur[px * channels + 1] ?? 0;
      out[o + 2] = cur[px * channels + 2] ?? 0;
      out[o + 3] = channels === 4 ? (cur[px * channels + 3] ?? 255) : 255;
    }
    prev = cur;
  }
  return { width, height, data: out };
}

/** Number of distinct colours (quantised to 4 bits a channel, so noise does not count). */
export function distinctColours(img: Rgba): number {
  const seen = new Set<number>();
  for (let i = 0; i < img.data.length; i += 4) {
    seen.add((((img.data[i] ?? 0) >> 4) << 8) | (((img.data[i + 1] ?? 0) >> 4) << 4) | ((img.data[i + 2] ?? 0) >> 4));
  }
  return seen.size;
}

/** Fraction of pixels that differ (any channel by more than `tolerance`) between two same-sized images. */
export function changedFraction(a: Rgba, b: Rgba, tolerance = 8): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > tolerance) {
        changed++;
        break;
      }
    }
  }
  return changed / (a.width * a.height);
}

/** Fraction of pixels that differ from the most common colour (the background, in a 3D view). */
export function nonBackgroundFraction(img: Rgba, tolerance = 8): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < img.data.length; i += 4) {
    const key = ((img.data[i] ?? 0) << 16) | ((img.data[i + 1] ?? 0) << 8) | (img.data[i + 2] ?? 0);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let bg = 0;
  let best = -1;
  for (const [key, n] of counts) if (n > best) [bg, best] = [key, n];
  const [r, g, b] = [(bg >> 16) & 0xff, (bg >> 8) & 0xff, bg & 0xff];
  let other = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const d = Math.max(
      Math.abs((img.data[i] ?? 0) - r),
      Math.abs((img.data[i + 1] ?? 0) - g),
      Math.abs((img.data[i + 2] ?? 0) - b),
    );
    if (d > tolerance) other++;
  }
  return other / (img.width * img.height);
}
