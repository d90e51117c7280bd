// The model contract (see README "Contracts"): node names and `extras` are the only
// interface between the generated torso and the app. content/, generator/, src/ and tests/ all import it (via
// contract/index.ts), so they cannot drift.

export const LAYERS = ['superficial', 'intermediate', 'intrinsic', 'skeleton', 'skin'] as const;
export type Layer = (typeof LAYERS)[number];

export const SIDES = ['left', 'right', 'midline'] as const;
export type Side = (typeof SIDES)[number];

/** What every structure node carries in its glTF `extras` (three.js: `object.userData`). */
export interface StructureExtras {
  structure: string;
  side: Side;
  layer: Layer;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Structures the contract requires, by layer; `paired` ones exist once per side. */
export const REQUIRED_STRUCTURES: Record<Layer, { paired: readonly string[]; midline: readonly string[] }> = {
  superficial: {
    paired: ['trapezius', 'latissimus-dorsi', 'rhomboid-major', 'rhomboid-minor', 'levator-scapulae'],
    midline: [],
  },
  intermediate: {
    paired: ['serratus-posterior-superior', 'serratus-posterior-inferior'],
    midline: [],
  },
  intrinsic: {
    paired: [
      'splenius-capitis',
      'splenius-cervicis',
      'iliocostalis',
      'longissimus',
      'spinalis',
      'semispinalis',
      'multifidus',
      'rotatores',
    ],
    midline: [],
  },
  skeleton: {
    paired: [...range(1, 12).map((n) => `rib-${n}`), 'scapula', 'clavicle', 'humerus', 'hip-bone'],
    midline: ['c7', ...range(1, 12).map((n) => `t${n}`), ...range(1, 5).map((n) => `l${n}`), 'sacrum'],
  },
  skin: { paired: [], midline: ['skin'] },
};

/** Intrinsic structures the contract allows but does not require. */
export const OPTIONAL_STRUCTURES: Record<Layer, readonly string[]> = {
  superficial: [],
  intermediate: [],
  intrinsic: ['levatores-costarum', 'interspinales', 'intertransversarii'],
  skeleton: [],
  skin: [],
};

/** `trapezius` + `left` → `trapezius.left`; midline structures keep their bare id. */
export function nodeName(structure: string, side: Side): string {
  return side === 'midline' ? structure : `${structure}.${side}`;
}

/** The inverse of {@link nodeName}. Returns null for names that are not structure node names. */
export function parseNodeName(name: string): { structure: string; side: Side } | null {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(left|right))?$/.exec(name);
  if (!m || m[1] === undefined) return null;
  return { structure: m[1], side: (m[2] as Side | undefined) ?? 'midline' };
}

/** Every node name the contract requires, in layer order. */
export function requiredNodeNames(): string[] {
  return LAYERS.flatMap((layer) => {
    const { paired, midline } = REQUIRED_STRUCTURES[layer];
    return [...paired.flatMap((id) => [nodeName(id, 'left'), nodeName(id, 'right')]), ...midline];
  });
}

export function isLayer(value: string): value is Layer {
  return (LAYERS as readonly string[]).includes(value);
}

/** Reads and checks a node's extras; null when they do not follow the contract. */
export function readExtras(extras: unknown): StructureExtras | null {
  if (typeof extras !== 'object' || extras === null) return null;
  const e = extras as Record<string, unknown>;
  if (typeof e.structure !== 'string' || typeof e.side !== 'string' || typeof e.layer !== 'string') return null;
  if (!(SIDES as readonly string[]).includes(e.side) || !isLayer(e.layer)) return null;
  return { structure: e.structure, side: e.side as Side, layer: e.layer };
}
