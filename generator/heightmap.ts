// A height field over the back (x, y) → the most posterior z of everything built so far. Muscles drape
// on it layer by layer, which is what keeps the depth order seen from behind (model-notes: "drape on the
// bones, not on straight chords"; "cumulative layer offsets").
import { getVertex, type MeshData } from './mesh';
import { at } from './vec';

export class HeightMap {
  readonly data: Float32Array;
  constructor(
    readonly x0: number,
    readonly y0: number,
    readonly res: number,
    readonly nx: number,
    readonly ny: number,
    readonly empty: number,
    data?: Float32Array,
  ) {
    this.data = data ?? new Float32Array(nx * ny).fill(empty);
  }

  static overBack(empty = -Infinity): HeightMap {
    // x −30..30, y −62..18 cm at 2.5 mm.
    return new HeightMap(-30, -62, 0.25, 241, 321, empty);
  }

  clone(): HeightMap {
    return new HeightMap(this.x0, this.y0, this.res, this.nx, this.ny, this.empty, new Float32Array(this.data));
  }

  private better(a: number, b: number): number {
    return this.empty < 0 ? Math.max(a, b) : Math.min(a, b);
  }

  /** Rasterises triangles, keeping the most posterior (or, for a +∞ map, the most anterior) z per cell. */
  addMesh(m: MeshData): this {
    const { x0, y0, res, nx, ny } = this;
    for (let t = 0; t < m.indices.length; t += 3) {
      const a = getVertex(m, at(m.indices, t));
      const b = getVertex(m, at(m.indices, t + 1));
      const c = getVertex(m, at(m.indices, t + 2));
      const minI = Math.max(0, Math.ceil((Math.min(a[0], b[0], c[0]) - x0) / res));
      const maxI = Math.min(nx - 1, Math.floor((Math.max(a[0], b[0], c[0]) - x0) / res));
      const minJ = Math.max(0, Math.ceil((Math.min(a[1], b[1], c[1]) - y0) / res));
      const maxJ = Math.min(ny - 1, Math.floor((Math.max(a[1], b[1], c[1]) - y0) / res));
      const det = (b[1] - c[1]) * (a[0] - c[0]) + (c[0] - b[0]) * (a[1] - c[1]);
      if (Math.abs(det) < 1e-12) continue;
      for (let j = minJ; j <= maxJ; j++) {
        const y = y0 + j * res;
        for (let i = minI; i <= maxI; i++) {
          const x = x0 + i * res;
          const l1 = ((b[1] - c[1]) * (x - c[0]) + (c[0] - b[0]) * (y - c[1])) / det;
          const l2 = ((c[1] - a[1]) * (x - c[0]) + (a[0] - c[0]) * (y - c[1])) / det;
          const l3 = 1 - l1 - l2;
          if (l1 < -1e-6 || l2 < -1e-6 || l3 < -1e-6) continue;
          const z = l1 * a[2] + l2 * b[2] + l3 * c[2];
          const k = j * nx + i;
          this.data[k] = this.better(this.data[k] ?? this.empty, z);
        }
      }
    }
    return this;
  }

  /** Separable running max (min for a +∞ map) with radii in cm: bridges rib gaps without widening spines. */
  dilate(rx: number, ry: number): this {
    const pass = (horizontal: boolean, r: number): void => {
      const n = Math.round(r / this.res);
      if (n <= 0) return;
      const src = new Float32Array(this.data);
      for (let j = 0; j < this.ny; j++) {
        for (let i = 0; i < this.nx; i++) {
          let best = this.empty;
          for (let d = -n; d <= n; d++) {
            const ii = horizontal ? i + d : i;
            const jj = horizontal ? j : j + d;
            if (ii < 0 || jj < 0 || ii >= this.nx || jj >= this.ny) continue;
            best = this.better(best, src[jj * this.nx + ii] ?? this.empty);
          }
          this.data[j * this.nx + i] = best;
        }
      }
    };
    pass(true, rx);
    pass(false, ry);
    return this;
  }

  /** Box blur of the filled cells (empty cells stay empty), a few passes ≈ Gaussian. */
  blur(r: number, passes = 2): this {
    const n = Math.round(r / this.res);
    for (let p = 0; p < passes; p++) {
      for (const horizontal of [true, false]) {
        const src = new Float32Array(this.data);
        for (let j = 0; j < this.ny; j++) {
          for (let i = 0; i < this.nx; i++) {
            const k = j * this.nx + i;
            if (!Number.isFinite(src[k] ?? this.empty)) continue;
            let s = 0;
            let c = 0;
            for (let d = -n; d <= n; d++) {
              const ii = horizontal ? i + d : i;
              const jj = horizontal ? j : j + d;
              if (ii < 0 || jj < 0 || ii >= this.nx || jj >= this.ny) continue;
              const v = src[jj * this.nx + ii] ?? this.empty;
              if (!Number.isFinite(v)) continue;
              s += v;
              c++;
            }
            this.data[k] = s / c;
          }
        }
      }
    }
    return this;
  }

  /** Bilinear sample; returns `empty` when no neighbouring cell is filled. */
  sample(x: number, y: number): number {
    const fx = (x - this.x0) / this.res;
    const fy = (y - this.y0) / this.res;
    const i = Math.floor(fx);
    const j = Math.floor(fy);
    const tx = fx - i;
    const ty = fy - j;
    let s = 0;
    let w = 0;
    let best = this.empty;
    for (const [di, dj, ww] of [
      [0, 0, (1 - tx) * (1 - ty)],
      [1, 0, tx * (1 - ty)],
      [0, 1, (1 - tx) * ty],
      [1, 1, tx * ty],
    ] as const) {
      const ii = i + di;
      const jj = j + dj;
      if (ii < 0 || jj < 0 || ii >= this.nx || jj >= this.ny) continue;
      const v = this.data[jj * this.nx + ii] ?? this.empty;
      if (!Number.isFinite(v)) continue;
      s += v * ww;
      w += ww;
      best = this.better(best, v);
    }
    if (w <= 0) return this.empty;
    // Near the edge of the filled region, trust the extreme rather than a partial average.
    return w > 0.999 ? s / w : best;
  }
}
