// The link contract: the query string holds the view (layers, hidden nodes, selection, wording, camera),
// so a link reproduces what the sender saw. Parsing never throws: each value that names nothing is
// dropped and reported, and the rest still applies.
import { LAYERS, isLayer, type Layer } from '../../contract';
import type { CameraView, ViewState } from '../store/explorer-store';
import { causes, painQuestions, tour } from '../../content';
import { parsePain, serializePain } from '../pain/pain-link';

/** The tour steps a link can open (content/tour.ts). */
export const TOUR_STEP_IDS: ReadonlySet<string> = new Set(tour.map((s) => s.id));

export type LinkView = Partial<ViewState>;

const CAUSE_IDS: ReadonlySet<string> = new Set(causes.map((c) => c.id));
const QUESTION_IDS: ReadonlySet<string> = new Set(painQuestions.map((q) => q.id));
const QUESTION_ORDER = painQuestions.map((q) => q.id);

export interface LinkProblem {
  /** The query parameter the dropped value came from. */
  param: string;
  /** One plain sentence, for the notice. */
  text: string;
}

export interface ParsedLink {
  view: LinkView;
  /** One per dropped value. */
  problems: LinkProblem[];
}

/** Values longer than this are cut in notices; nobody needs to read a 2 kB garbage id back. */
const SHOWN_CHARS = 40;
/** A camera farther than this from the body is not a view of it. */
const MAX_CAMERA_METRES = 20;

function shown(value: string): string {
  const v = value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value;
  return `“${v}”`;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function parseCamera(value: string): CameraView | null {
  const nums = value.split(',').map((v) => Number(v));
  if (nums.length !== 6 || nums.some((n) => !Number.isFinite(n) || Math.abs(n) > MAX_CAMERA_METRES)) return null;
  const [px, py, pz, tx, ty, tz] = nums as [number, number, number, number, number, number];
  if (px === tx && py === ty && pz === tz) return null;
  return { position: [px, py, pz], target: [tx, ty, tz] };
}

export function parseLink(search: string, knownNodes: ReadonlySet<string>, tourSteps: ReadonlySet<string> = TOUR_STEP_IDS): ParsedLink {
  const params = new URLSearchParams(search);
  const view: LinkView = {};
  const problems: LinkProblem[] = [];
  const drop = (param: string, text: string): void => {
    problems.push({ param, text });
  };
  const nodes = (key: string, what: string): string[] | undefined => {
    const raw = params.get(key);
    if (raw === null) return undefined;
    const out: string[] = [];
    for (const name of list(raw)) {
      if (knownNodes.has(name)) {
        if (!out.includes(name)) out.push(name);
      } else drop(key, `The link's ${what} ${shown(name)} is not a structure in this model, so it was left out.`);
    }
    return out;
  };

  const layers = params.get('layers');
  if (layers !== null) {
    const named = list(layers);
    const valid: Layer[] = [];
    for (const l of named) {
      if (isLayer(l)) {
        if (!valid.includes(l)) valid.push(l);
      } else drop('layers', `The link names an unknown layer ${shown(l)}; the layers are ${LAYERS.join(', ')}.`);
    }
    // `layers=` on purpose shows nothing; a list whose every name is unknown keeps the default layers,
    // so a mistyped link never opens on an empty scene.
    if (named.length === 0 || valid.length > 0) view.layers = valid;
  }

  const hidden = nodes('hide', 'hidden structure');
  if (hidden) view.hidden = hidden;

  const select = params.get('select');
  if (select !== null) {
    const name = select.trim();
    if (knownNodes.has(name)) view.selected = name;
    else if (name !== '') drop('select', `The link selects ${shown(name)}, which is not a structure in this model.`);
  }

  const isolated = nodes('isolate', 'isolated structure');
  if (isolated && isolated.length > 0) view.isolated = isolated;

  const xray = params.get('xray');
  if (xray !== null) {
    if (knownNodes.has(xray.trim())) view.xray = xray.trim();
    else drop('xray', `The link x-rays ${shown(xray)}, which is not a structure in this model.`);
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if (mode === 'patient' || mode === 'clinician') view.mode = mode;
    else drop('mode', `The link asks for the wording ${shown(mode)}; it can be “patient” or “clinician”.`);
  }

  const camera = params.get('camera');
  if (camera !== null) {
    const parsed = parseCamera(camera);
    if (parsed) view.camera = parsed;
    else drop('camera', `The link's camera ${shown(camera)} is not a valid view, so the default view is used.`);
  }

  // The tour step (issue 15): an unknown step opens no tour, and says so.
  const step = params.get('tour');
  if (step !== null) {
    const id = step.trim();
    if (tourSteps.has(id)) view.tour = id;
    else drop('tour', `The link opens the tour at ${shown(step)}, which is not a step of the tour, so the tour was not opened.`);
  }

  // The consultation (issue 14): a cause's view, the pain map, the consultation view.
  const cause = params.get('cause');
  if (cause !== null) {
    const id = cause.trim();
    if (CAUSE_IDS.has(id)) view.cause = id;
    else if (id !== '') drop('cause', `The link opens the cause ${shown(cause)}, which is not one the app describes.`);
  }
  const pain = params.get('pain');
  if (pain !== null) {
    const parsed = parsePain(pain, QUESTION_IDS);
    view.pain = { marks: parsed.marks, answers: parsed.answers };
    for (const item of parsed.dropped)
      drop('pain', `The link's pain map has ${shown(item)}, which is neither a mark nor an answer, so it was left out.`);
  }
  const mode2 = params.get('view');
  if (mode2 !== null) {
    if (mode2.trim() === 'consult') view.consult = true;
    else drop('view', `The link asks for the view ${shown(mode2)}; the only one is “consult”.`);
  }

  return { view, problems };
}

const round = (n: number): string => String(Math.round(n * 1000) / 1000);

/** The query string (without `?`) for a view. Commas stay readable; names are kebab-case and need no escaping. */
export function serializeLink(view: ViewState): string {
  const parts: string[] = [`layers=${view.layers.join(',')}`];
  if (view.hidden.length > 0) parts.push(`hide=${view.hidden.join(',')}`);
  if (view.isolated && view.isolated.length > 0) parts.push(`isolate=${view.isolated.join(',')}`);
  if (view.xray) parts.push(`xray=${view.xray}`);
  if (view.selected) parts.push(`select=${view.selected}`);
  parts.push(`mode=${view.mode}`);
  if (view.camera) parts.push(`camera=${[...view.camera.position, ...view.camera.target].map(round).join(',')}`);
  if (view.tour) parts.push(`tour=${view.tour}`);
  if (view.cause) parts.push(`cause=${view.cause}`);
  if (view.pain) parts.push(`pain=${serializePain(view.pain.marks, view.pain.answers, QUESTION_ORDER)}`);
  if (view.consult) parts.push('view=consult');
  return parts.join('&');
}
