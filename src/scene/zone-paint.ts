// Painting where pain is felt, and the pain map's marks, onto the body without a draw call of their own:
// every structure material samples one shared "back map" texture, laid over the back in the model's x–y
// plane (looking along +Z, as the camera does from behind). Red channel: the zone; green: the marks. Only
// surfaces that face the back take the paint, so whatever outer surface shows carries it — skin,
// muscle or bone — while the anatomy stays readable through a translucent fill and a clear outline.
import { Color, DataTexture, LinearFilter, RGBAFormat, type Material, type WebGLProgramParametersWithUniforms } from 'three';
import type { BackPoint, ZoneRect } from '../pain/zones';
import { intensityAt } from '../pain/zones';

/** The part of the back the map covers, in cm (model frame): wide enough for the shoulders and the pelvis. */
export const BACK_MAP_CM = { x0: -30, x1: 30, y0: -70, y1: 20 } as const;
/** Texels per cm: fine enough for a mark's ring, small enough to repaint in a few milliseconds. */
const TEXELS_PER_CM = 4;
const WIDTH = (BACK_MAP_CM.x1 - BACK_MAP_CM.x0) * TEXELS_PER_CM;
const HEIGHT = (BACK_MAP_CM.y1 - BACK_MAP_CM.y0) * TEXELS_PER_CM;
/** A mark is a dot this wide (cm) with a darker ring, so it reads on skin, muscle and bone alike. */
export const MARK_RADIUS_CM = 1.2;
const RING_CM = 0.35;

const data = new Uint8Array(WIDTH * HEIGHT * 4);
const texture = new DataTexture(data, WIDTH, HEIGHT, RGBAFormat);
texture.magFilter = LinearFilter;
texture.minFilter = LinearFilter;
texture.needsUpdate = true;

/** Shared by every structure material: changing them repaints every part at once, with no recompile. */
const uniforms = {
  uBackMap: { value: texture },
  // metres: origin and size of the map in the model frame
  uBackRect: { value: [BACK_MAP_CM.x0 / 100, BACK_MAP_CM.y0 / 100, (BACK_MAP_CM.x1 - BACK_MAP_CM.x0) / 100, (BACK_MAP_CM.y1 - BACK_MAP_CM.y0) / 100] },
  uZoneColour: { value: new Color('#2f6bff') },
  uMarkColour: { value: new Color('#10151c') },
  uMarkFill: { value: new Color('#ffffff') },
};

/** Fills the back map: the zone's intensity, the marks' dots and rings. Returns the texture's data. */
export function paintBackMap(zone: readonly ZoneRect[], marks: readonly BackPoint[]): Uint8Array {
  const p = { x: 0, y: 0 };
  for (let row = 0; row < HEIGHT; row++) {
    p.y = BACK_MAP_CM.y0 + (row + 0.5) / TEXELS_PER_CM;
    for (let col = 0; col < WIDTH; col++) {
      p.x = BACK_MAP_CM.x0 + (col + 0.5) / TEXELS_PER_CM;
      const i = (row * WIDTH + col) * 4;
      data[i] = zone.length > 0 ? Math.round(255 * intensityAt(zone, p)) : 0;
      let ring = 0;
      let fill = 0;
      for (const m of marks) {
        const d = Math.hypot(p.x - m.x, p.y - m.y);
        if (d <= MARK_RADIUS_CM) {
          if (d >= MARK_RADIUS_CM - RING_CM) ring = 1;
          else fill = 1;
        }
      }
      data[i + 1] = ring ? 255 : fill ? 128 : 0;
      data[i + 2] = 0;
      data[i + 3] = 255;
    }
  }
  texture.needsUpdate = true;
  return data;
}

/** The back map's texture (for tests and the shader warm-up). */
export function backMapTexture(): DataTexture {
  return texture;
}

const VERTEX_HEAD = 'varying vec3 vZoneWorld;\nvarying float vZoneNz;\n';
const VERTEX_BODY = `#include <project_vertex>
vZoneWorld = (modelMatrix * vec4(transformed, 1.0)).xyz;
vZoneNz = normalize(mat3(modelMatrix) * objectNormal).z;`;
const FRAGMENT_HEAD = `varying vec3 vZoneWorld;
varying float vZoneNz;
uniform sampler2D uBackMap;
uniform vec4 uBackRect;
uniform vec3 uZoneColour;
uniform vec3 uMarkColour;
uniform vec3 uMarkFill;
`;
// Surfaces facing the back (normal towards -Z) take the paint; edges seen side-on fade out.
const FRAGMENT_BODY = `#include <map_fragment>
{
  vec2 zuv = (vZoneWorld.xy - uBackRect.xy) / uBackRect.zw;
  float inside = step(0.0, zuv.x) * step(zuv.x, 1.0) * step(0.0, zuv.y) * step(zuv.y, 1.0);
  float facing = inside * smoothstep(0.15, -0.35, vZoneNz);
  vec4 paint = texture2D(uBackMap, zuv);
  float zone = paint.r * facing;
  float edge = 1.0 - smoothstep(0.0, 1.5 * fwidth(paint.r) + 0.001, abs(paint.r - 0.5));
  diffuseColor.rgb = mix(diffuseColor.rgb, uZoneColour, zone * 0.45 + edge * step(0.02, zone) * 0.5);
  float ring = step(0.75, paint.g) * facing;
  float dot = step(0.3, paint.g) * (1.0 - step(0.75, paint.g)) * facing;
  diffuseColor.rgb = mix(diffuseColor.rgb, uMarkFill, dot);
  diffuseColor.rgb = mix(diffuseColor.rgb, uMarkColour, ring);
}`;

/** Adds the back map to a structure material's shader; every material shares the one program key. */
export function withBackMap<M extends Material>(material: M): M {
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = VERTEX_HEAD + shader.vertexShader.replace('#include <project_vertex>', VERTEX_BODY);
    shader.fragmentShader = FRAGMENT_HEAD + shader.fragmentShader.replace('#include <map_fragment>', FRAGMENT_BODY);
  };
  material.customProgramCacheKey = () => 'back-map-1';
  return material;
}
