// Every check on the content, in one place: the zod schema plus the cross-references the schema cannot see.
// Returns a list of problems (empty = valid). Used by scripts/check-content.ts (build) and tests/content.
import { contentSchema } from './schema';
import type { Content } from './types';
import { REQUIRED_STRUCTURES, OPTIONAL_STRUCTURES, LAYERS, parseNodeName } from '../contract';
import { fleschKincaid, MAX_PATIENT_GRADE } from './readability';

/** Every structure id the model contract names (required and optional), with its layer and pairing. */
export function contractStructures(): Map<string, { layer: string; paired: boolean; optional: boolean }> {
  const out = new Map<string, { layer: string; paired: boolean; optional: boolean }>();
  for (const layer of LAYERS) {
    for (const id of REQUIRED_STRUCTURES[layer].paired) out.set(id, { layer, paired: true, optional: false });
    for (const id of REQUIRED_STRUCTURES[layer].midline) out.set(id, { layer, paired: false, optional: false });
    // The optional intrinsic structures are paired muscles (one per side), like the other intrinsic ones.
    for (const id of OPTIONAL_STRUCTURES[layer]) out.set(id, { layer, paired: true, optional: true });
  }
  return out;
}

/** Every patient-facing text in the content, with a path that names where it lives. */
export function patientTexts(content: Content): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'patient' && typeof v === 'string') out.push({ path: `${path}.patient`, text: v });
        else walk(v, `${path}.${key}`);
      }
    }
  };
  walk(content, 'content');
  return out;
}

/** Every claim-like object (has `sources`) in the content, with its path. */
function claims(content: Content): { path: string; sources: string[] }[] {
  const out: { path: string; sources: string[] }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (typeof value === 'object' && value !== null) {
      const rec = value as Record<string, unknown>;
      if ('patient' in rec && 'clinician' in rec && Array.isArray(rec.sources)) {
        out.push({ path, sources: rec.sources.filter((s): s is string => typeof s === 'string') });
      }
      for (const [key, v] of Object.entries(rec)) if (key !== 'sources') walk(v, `${path}.${key}`);
    }
  };
  for (const key of ['structures', 'causes', 'warningTiers', 'warningSigns', 'tour'] as const) walk(content[key], key);
  return out;
}

const CLAIM_KEYS = ['feelsLike', 'whoItAffects', 'regions', 'whatHelps', 'whenToSeeDoctor'] as const;

/** All problems with the content; [] when it is valid. `input` is untrusted (parsed with the schema first). */
export function validateContent(input: unknown): string[] {
  const parsed = contentSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `schema: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const content = parsed.data;
  const problems: string[] = [];
  const dupes = (ids: string[], what: string): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} id "${id}" appears more than once`);
      seen.add(id);
    }
  };
  dupes(content.sources.map((s) => s.id), 'source');
  dupes(content.structures.map((s) => s.id), 'structure');
  dupes(content.causes.map((c) => c.id), 'cause');
  dupes(content.warningSigns.map((w) => w.id), 'warning sign');

  // Structures against the model contract.
  const contract = contractStructures();
  const structureIds = new Set(content.structures.map((s) => s.id));
  for (const [id, info] of contract) if (!structureIds.has(id)) problems.push(`structure "${id}" of the model contract has no content`);
  for (const s of content.structures) {
    const info = contract.get(s.id);
    if (!info) {
      problems.push(`structure "${s.id}" is not in the model contract`);
      continue;
    }
    if (info.layer !== s.layer) problems.push(`structure "${s.id}": layer "${s.layer}" but the contract says "${info.layer}"`);
    if (info.paired !== s.paired) problems.push(`structure "${s.id}": paired=${s.paired} but the contract says ${info.paired}`);
  }

  // Sources: every cited id exists; every listed source is cited.
  const sourceIds = new Set(content.sources.map((s) => s.id));
  const cited = new Set<string>();
  for (const c of claims(content)) {
    if (c.sources.length === 0) problems.push(`${c.path}: claim without a source`);
    for (const id of c.sources) {
      cited.add(id);
      if (!sourceIds.has(id)) problems.push(`${c.path}: unknown source "${id}"`);
    }
  }
  // Where pain is felt (issue 14): its sources count as citations like a claim's.
  const zones: [string, { sources: string[] }][] = [
    ...Object.entries(content.felt).map(([id, f]) => [`felt.${id}`, f] as [string, { sources: string[] }]),
    ...Object.entries(content.referral).map(([id, f]) => [`referral.${id}`, f] as [string, { sources: string[] }]),
  ];
  for (const [path, f] of zones)
    for (const id of f.sources) {
      cited.add(id);
      if (!sourceIds.has(id)) problems.push(`${path}: unknown source "${id}"`);
    }
  for (const id of sourceIds) if (!cited.has(id)) problems.push(`source "${id}" is never cited`);

  // Causes: structures exist, each structure at most once, claims present; warning signs both ways.
  const causeIds = new Set(content.causes.map((c) => c.id));
  const signById = new Map(content.warningSigns.map((w) => [w.id, w]));
  for (const cause of content.causes) {
    if (!cause.id.startsWith(groupPrefix(cause.group))) problems.push(`cause ${cause.id}: id does not match group "${cause.group}"`);
    const seen = new Set<string>();
    for (const inv of cause.involves) {
      if (!structureIds.has(inv.structure)) problems.push(`cause ${cause.id}: unknown structure "${inv.structure}"`);
      if (seen.has(inv.structure)) problems.push(`cause ${cause.id}: structure "${inv.structure}" listed twice`);
      seen.add(inv.structure);
    }
    for (const key of CLAIM_KEYS) if (cause[key].sources.length === 0) problems.push(`cause ${cause.id}.${key}: no source`);
    for (const id of cause.warningSigns) {
      const sign = signById.get(id);
      if (!sign) problems.push(`cause ${cause.id}: unknown warning sign "${id}"`);
      else if (!sign.causes.includes(cause.id)) problems.push(`cause ${cause.id} lists warning sign ${id}, but ${id} does not list ${cause.id}`);
    }
  }
  for (const sign of content.warningSigns) {
    if (sign.tier !== tierOfSign(sign.id)) problems.push(`warning sign ${sign.id}: tier "${sign.tier}" does not match its letter`);
    for (const id of sign.causes) {
      if (!causeIds.has(id)) problems.push(`warning sign ${sign.id}: unknown cause "${id}"`);
      else if (!content.causes.find((c) => c.id === id)?.warningSigns.includes(sign.id))
        problems.push(`warning sign ${sign.id} lists ${id}, but ${id} does not list ${sign.id}`);
    }
  }
  // Tour steps (issue 15): ids unique; every node, structure and cause a step names exists.
  dupes(content.tour.map((t) => t.id), 'tour step');
  const pairedById = new Map(content.structures.map((s) => [s.id, s.paired]));
  const checkNode = (step: string, name: string): void => {
    const parsed = parseNodeName(name);
    const paired = parsed ? pairedById.get(parsed.structure) : undefined;
    if (!parsed || paired === undefined) problems.push(`tour step "${step}": unknown structure "${name}"`);
    else if (paired !== (parsed.side !== 'midline'))
      problems.push(`tour step "${step}": "${name}" is not a node of the model (${paired ? 'paired: add .left or .right' : 'midline: no side'})`);
  };
  for (const step of content.tour) {
    const v = step.view;
    if (v.select) checkNode(step.id, v.select);
    for (const name of v.hide ?? []) checkNode(step.id, name);
    if (v.cause && !causeIds.has(v.cause)) problems.push(`tour step "${step.id}": unknown cause "${v.cause}"`);
    if (v.cause && v.warnings) problems.push(`tour step "${step.id}": opens both a cause and the warning signs`);
  }

  // Pain zones and questions (issue 14): every cause is placed; referral maps are for muscles; every region is named once.
  for (const cause of content.causes) if (!content.felt[cause.id]) problems.push(`cause ${cause.id}: no entry in felt (where it is felt)`);
  for (const id of Object.keys(content.felt)) if (!causeIds.has(id)) problems.push(`felt: unknown cause "${id}"`);
  const kindById = new Map(content.structures.map((s) => [s.id, s.kind]));
  for (const id of Object.keys(content.referral))
    if (kindById.get(id) !== 'muscle') problems.push(`referral: "${id}" is not a muscle of the content`);
  dupes(content.bodyRegions.map((r) => r.id), 'body region');
  const namedRegions = new Set(content.bodyRegions.map((r) => r.id));
  for (const [path, f] of Object.entries({ ...content.felt, ...content.referral }))
    for (const r of f.elsewhere) if (!namedRegions.has(r)) problems.push(`${path}: body region "${r}" has no name in bodyRegions`);
  dupes(content.painQuestions.map((q) => q.id), 'pain question');
  for (const q of content.painQuestions) {
    for (const id of q.signs) if (!signById.has(id)) problems.push(`pain question "${q.id}": unknown warning sign "${id}"`);
    for (const id of q.favours) if (!causeIds.has(id)) problems.push(`pain question "${q.id}": unknown cause "${id}"`);
  }

  const tiers = content.warningTiers.map((t) => t.tier).sort();
  if (tiers.join(',') !== 'emergency,same-day,soon') problems.push(`warning tiers must be exactly emergency, same-day, soon (got ${tiers.join(', ')})`);

  // Words: grade 8 for patients, and one word never used anywhere.
  for (const { path, text } of patientTexts(content)) {
    const { grade } = fleschKincaid(text);
    if (grade > MAX_PATIENT_GRADE) problems.push(`${path}: Flesch–Kincaid grade ${grade} > ${MAX_PATIENT_GRADE}: "${text}"`);
  }
  const json = JSON.stringify(content);
  if (/atypical/i.test(json)) problems.push('the word "atypical" is used; describe the symptoms instead (AHA/ACC 2021)');

  return problems;
}

function groupPrefix(group: Content['causes'][number]['group']): string {
  return { musculoskeletal: 'MSK-', neurological: 'NEU-', visceral: 'VIS-', trauma: 'TRA-', other: 'OTH-' }[group];
}

function tierOfSign(id: string): 'emergency' | 'same-day' | 'soon' {
  return id.startsWith('A') ? 'emergency' : id.startsWith('B') ? 'same-day' : 'soon';
}
