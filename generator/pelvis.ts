// Sacrum (midline) and the hip bone's ilium (left): PSIS and crest top from Table G4.
// Both are closed plates round a curved mid surface (prim.ts `plate`): the sacrum a wedge curved forward
// (concave pelvic surface), broad at its base under L5 and tapering to the apex, with the median sacral
// crest standing on its dorsal face; the ilium a fan from the iliac crest (PSIS → tubercle → ASIS) down to
// the body over the acetabulum, its wing bowed outward (the iliac fossa hollow inside), thick along the crest
// and behind, where its auricular part meets the sacrum's lateral mass at the sacroiliac joint.
import { POINTS, SPINOUS_TIPS, type Vec3 } from './landmarks';
import { orientOutward, type MeshData } from './mesh';
import { plate } from './prim';
import { add, alongPolyline, catmullRom, clamp, lerp, lerpN, norm, scale, smoothstep } from './vec';

/** Iliac crest, PSIS → crest top → ASIS; passes the latissimus origin points on the posterior crest. */
export const ILIAC_CREST: readonly Vec3[] = [
  POINTS.psis,
  [7.5, -47.5, -1.0],
  [10.5, -45.5, -3.5],
  POINTS.iliacCrestHighest,
  [13.8, -46.6, -12.0],
  [12.2, -50.5, -15.8],
];

/** Cosine-clustered parameter values 0..1 (dense at both ends, for rounded rims). */
const clustered = (n: number): number[] => Array.from({ length: n }, (_, i) => (1 - Math.cos((Math.PI * i) / (n - 1))) / 2);

/**
 * Left ilium. Rings run along the crest (u: PSIS → ASIS), each across the wing from the crest (v = 0) down to
 * the body above the acetabulum (v = 1). The mid surface is a Coons patch between the crest, the posterior
 * border (PSIS → PIIS → greater sciatic notch), the body's lower edge (notch → acetabular roof → AIIS) and
 * the anterior border (ASIS → AIIS), bowed outward in the middle of the wing.
 */
export function buildHipBone(): MeshData {
  const crest = catmullRom(ILIAC_CREST, 6);
  // Posterior border: PSIS → PIIS → into the greater sciatic notch; anterior: ASIS → notch → AIIS.
  const posterior = catmullRom([POINTS.psis, [5.3, -53.0, -0.2], [6.3, -54.6, -3.2], [7.7, -56.6, -6.4]], 4);
  const lower = catmullRom([[7.7, -56.6, -6.4], [8.9, -57.7, -8.4], [10.0, -56.6, -10.6]], 4);
  const anterior = catmullRom([[12.2, -50.5, -15.8], [11.0, -52.6, -13.4], [10.7, -54.3, -12.3], [10.0, -56.6, -10.6]], 4);
  const us = clustered(26);
  const vs = clustered(13);
  const c00 = alongPolyline(crest, 0);
  const c10 = alongPolyline(crest, 1);
  const c01 = alongPolyline(lower, 0);
  const c11 = alongPolyline(lower, 1);
  const mid: Vec3[][] = [];
  const outer: number[][] = [];
  const inner: number[][] = [];
  for (const u of us) {
    const row: Vec3[] = [];
    const ro: number[] = [];
    const ri: number[] = [];
    for (const v of vs) {
      const coons = add(
        add(lerp(alongPolyline(crest, u), alongPolyline(lower, u), v), lerp(alongPolyline(posterior, v), alongPolyline(anterior, v), u)),
        scale(lerp(lerp(c00, c10, u), lerp(c01, c11, u), v), -1),
      );
      // The wing bows outward (away from the pelvic cavity), most in its thin middle: the iliac fossa.
      const out = norm([coons[0] - 1.5, 0, coons[2] + 6.5]);
      const bow = 1.1 * Math.sin(Math.PI * u) * Math.sin(Math.PI * Math.min(1, v * 1.25));
      row.push(add(coons, scale(out, bow)));
      // Half-thickness: a thin wing; a thick, rounded crest (its tubercle most of all); the body and the
      // auricular part behind (iliac tuberosity) thick.
      const t =
        0.22 +
        lerpN(0.55, 0.8, Math.exp(-(((u - 0.45) / 0.12) ** 2))) * Math.exp(-((v / 0.11) ** 2)) +
        1.15 * smoothstep(0.45, 1, v) * (0.55 + 0.45 * Math.sin(Math.PI * clamp(u * 1.3, 0, 1))) +
        1.1 * Math.exp(-((u / 0.1) ** 2)) * (1 - 0.4 * v);
      const end = Math.sqrt(Math.max(0.04, Math.sin((Math.PI / 2) * Math.min(1, u / 0.05, (1 - u) / 0.05))));
      ro.push(t * end);
      ri.push(t * end);
    }
    mid.push(row);
    outer.push(ro);
    inner.push(ri);
  }
  return orientOutward(plate(mid, outer, inner, (p) => norm([p[0] - 1.5, 0, p[2] + 6.5])));
}

/**
 * Sacrum: rings from the base (under L5) to the apex, each across from the right lateral edge to the left.
 * The dorsal midline runs through the S1 and S2 tubercles of the median sacral crest; the pelvic surface is
 * concave, the promontory projecting forward under the L5 body; the dorsal face falls away laterally, the
 * lateral masses (auricular surfaces, facing the ilia) thick at the top.
 */
export function buildSacrum(): MeshData {
  const s1 = SPINOUS_TIPS.S1 ?? [0, -47.6, 0.4];
  const s2 = SPINOUS_TIPS.S2 ?? [0, -49.9, 1.5];
  // Crest tips (what is palpable) and the pelvic surface's midline, base → apex.
  const crestTips = catmullRom([[0, -46.3, -2.2], s1, s2, [0, -52.3, 1.7], [0, -54.6, 1.2], [0, -56.6, 0.2], [0, -58.6, -1.3]], 4);
  const pelvic = catmullRom([[0, -48.0, -11.2], [0, -50.2, -8.1], [0, -52.6, -5.9], [0, -55.0, -4.3], [0, -57.1, -3.2], [0, -59.0, -2.4]], 4);
  const ss = clustered(23).map((s) => Math.pow(s, 0.9));
  // Across: denser at the lateral rims and at the midline (the crest).
  const half = [0, 0.07, 0.15, 0.24, 0.33, 0.43, 0.55, 0.68, 0.8, 0.9, 0.97, 1];
  const xs = [...half.slice(1).reverse().map((x) => -x), ...half];
  const mid: Vec3[][] = [];
  const outer: number[][] = [];
  const inner: number[][] = [];
  for (const s of ss) {
    const tip = alongPolyline(crestTips, s);
    // Crest height over the dorsal surface: tubercles at S1–S3, fading out at the sacral hiatus (S4–S5).
    const ridge = (0.6 + 0.3 * Math.cos(Math.PI * 2 * (s / 0.22)) ** 2) * (1 - smoothstep(0.5, 0.72, s)) + 0.05;
    const back = add(tip, [0, 0, -ridge]);
    const front = alongPolyline(pelvic, s);
    const c = lerp(back, front, 0.5);
    const T = Math.hypot(back[1] - front[1], back[2] - front[2]) / 2;
    // Half-width: the alae at the base, the auricular part to S3, then the narrowing to the apex.
    const W = lerpN(5.6, 0.8, Math.pow(s, 1.25)) * (1 + 0.06 * Math.sin(Math.PI * Math.min(1, s / 0.6)));
    const row: Vec3[] = [];
    const ro: number[] = [];
    const ri: number[] = [];
    for (const xf of xs) {
      const x = W * xf;
      // Transversely the whole wedge curves forward at its sides (concave pelvic surface).
      row.push([x, c[1] + 0.15 * xf * xf, c[2] - 0.9 * xf * xf]);
      const crest = ridge * Math.exp(-((x / 0.45) ** 2));
      // Four pairs of dorsal sacral foramina, in a line converging downward beside the crest.
      let foramina = 0;
      for (let k = 0; k < 4; k++) {
        const sk = 0.1 + 0.16 * k;
        const xk = lerpN(2.3, 1.4, k / 3);
        foramina += 0.35 * Math.exp(-(((Math.abs(x) - xk) / 0.42) ** 2) - (((s - sk) / 0.035) ** 2));
      }
      ro.push(T * (1 - 0.42 * xf * xf) + crest - foramina);
      ri.push(T * (1 - 0.25 * xf * xf));
    }
    mid.push(row);
    outer.push(ro);
    inner.push(ri);
  }
  return orientOutward(plate(mid, outer, inner, () => [0, 0, 1]));
}
