// The schema of everything the app says. Content files are plain typed data; this schema checks them at
// build and test time (scripts/check-content.ts, tests/content) so a content error never reaches a user.
// The app imports only the inferred *types* (content/types.ts), never zod, to keep the bundle small.
import { z } from 'zod';
import { LAYERS } from '../contract';

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
export const sourceId = kebab;
export const structureId = kebab;
export const causeId = z.string().regex(/^(MSK|NEU|VIS|TRA|OTH)-\d{2}$/, 'cause id like MSK-01');
export const warningSignId = z.string().regex(/^[ABC]\d{1,2}$/, 'warning-sign id like A1');

const text = z.string().trim().min(2);

/** One medical claim in two wordings, with the sources that support it. */
export const claim = z
  .object({
    /** Plain words for patients: grade 8 or below (checked in tests/content). */
    patient: text,
    /** Precise terms for clinicians and students. */
    clinician: text,
    sources: z.array(sourceId).min(1, 'every medical claim needs a source'),
  })
  .strict();

export const source = z
  .object({
    id: sourceId,
    /** Full citation as it appears in the reference list. */
    citation: text,
    url: z.string().url().optional(),
  })
  .strict();

export const layer = z.enum(LAYERS);
export const urgency = z.enum(['emergency', 'same-day', 'soon', 'routine']);
export const causeGroup = z.enum(['musculoskeletal', 'neurological', 'visceral', 'trauma', 'other']);

export const muscleAnatomy = z
  .object({
    origin: claim,
    insertion: claim,
    action: claim,
    /** Nerve and roots, e.g. "Dorsal scapular nerve (C4–C5)". */
    innervation: claim,
    bloodSupply: claim,
  })
  .strict();

export const structure = z
  .object({
    id: structureId,
    /** Display name, sentence case: "Rhomboid major". The overlay heading. */
    name: text,
    /** Terminologia Anatomica name where it differs from the display name. */
    latin: text.optional(),
    kind: z.enum(['muscle', 'bone', 'skin']),
    layer,
    /** True when the model has one node per side (`<id>.left`, `<id>.right`). */
    paired: z.boolean(),
    /** Group in the structure list, e.g. "Erector spinae", "Thoracic vertebrae". */
    group: text.optional(),
    /** Everyday names people search for: "traps", "shoulder blade". */
    layNames: z.array(text),
    /** What it is and does. */
    function: claim,
    /** How it can take part in pain between the shoulder blades. */
    painRole: claim,
    /** Required for muscles (checked by refine below). */
    anatomy: muscleAnatomy.optional(),
  })
  .strict()
  .refine((s) => s.kind !== 'muscle' || s.anatomy !== undefined, {
    message: 'muscles need origin, insertion, action, innervation and blood supply',
  });

export const involvement = z
  .object({
    structure: structureId,
    /** `primary`: show first for this structure; `secondary`: "also consider". */
    relevance: z.enum(['primary', 'secondary']),
  })
  .strict();

export const cause = z
  .object({
    id: causeId,
    group: causeGroup,
    name: z.object({ patient: text, clinician: text }).strict(),
    /** Words people search with: "knot", "slouching", "heart attack". */
    keywords: z.array(text),
    urgency,
    feelsLike: claim,
    whoItAffects: claim,
    /** Body regions in words, e.g. "Interscapular band T1–T6". */
    regions: claim,
    involves: z.array(involvement).min(1),
    whatHelps: claim,
    whenToSeeDoctor: claim,
    /** Warning signs (by id) that point to this cause. */
    warningSigns: z.array(warningSignId),
  })
  .strict();

export const warningTier = z
  .object({
    tier: z.enum(['emergency', 'same-day', 'soon']),
    title: z.object({ patient: text, clinician: text }).strict(),
    /** What to do, plainly: "Call 911 now. Do not drive yourself." */
    action: claim,
  })
  .strict();

export const warningSign = z
  .object({
    id: warningSignId,
    tier: z.enum(['emergency', 'same-day', 'soon']),
    sign: claim,
    causes: z.array(causeId),
  })
  .strict();

export const clinic = z
  .object({
    name: text,
    /** As shown: "(913) 871-9888". */
    phone: text,
    /** E.164 for tel: links: "+19138719888". */
    phoneE164: z.string().regex(/^\+\d{8,15}$/),
    /** The clinic's country, as written after "in": "the United States", "Australia". */
    country: text,
    /** The emergency number of that country, e.g. "911". Every "Call … now" and the emergency tel: link use it. */
    emergencyNumber: z.string().regex(/^\d{2,4}$/),
  })
  .strict();

/** A common emergency number and where it works, shown beside the clinic's own for visitors from elsewhere. */
export const emergencyNumber = z
  .object({
    number: z.string().regex(/^\d{2,4}$/),
    /** Where it works, as written after "in": "the US and Canada". */
    where: text,
  })
  .strict();

export const disclaimer = z.object({ patient: text, clinician: text }).strict();

// --- Tour (issue 15) ---
const vec3 = z.tuple([z.number(), z.number(), z.number()]);
/** A model node name: `<id>` (midline) or `<id>.left` / `<id>.right` (validate.ts checks it names a structure). */
const nodeName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.(left|right))?$/, 'node name like trapezius.left');

/** What a tour step shows: the layers, optionally nodes hidden, a node selected, a cause or the warning signs, a camera. */
export const tourView = z
  .object({
    layers: z.array(layer).min(1),
    hide: z.array(nodeName).optional(),
    select: nodeName.optional(),
    cause: causeId.optional(),
    warnings: z.boolean().optional(),
    camera: z.object({ position: vec3, target: vec3 }).strict().optional(),
  })
  .strict();

/** One step of the guided tour: a title, one claim in both wordings, and the view it sets. */
export const tourStep = z
  .object({
    /** Published in links (`tour=<id>`): never changes once released. */
    id: kebab,
    title: z.object({ patient: text, clinician: text }).strict(),
    text: claim,
    view: tourView,
  })
  .strict();

// --- Where pain is felt (issue 14) ---
// Zones are anchored to landmarks, never to triangles, so they stay true on another model that keeps the contract.
/** Vertical anchors: vertebral levels (the spinous tips; C2–C6 lie above the model's C7), and the shoulder blade's top (superior angle), spine and bottom (inferior angle). */
export const zoneLevel = z.enum([
  'C2', 'C3', 'C4', 'C5', 'C6', 'C7',
  'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12',
  'L1', 'L2', 'L3', 'L4', 'L5', 'S1',
  'scapula-top', 'scapula-spine', 'scapula-bottom',
]);
/** Horizontal anchors, from the midline out: the paraspinal gutter, the shoulder blade's medial border, its middle, its lateral border, and the flank (side of the chest). */
export const zoneEdge = z.enum(['midline', 'paraspinal', 'scapula-medial', 'scapula-middle', 'scapula-lateral', 'flank']);
/** One patch of the back, bounded by anchors; `both` mirrors it to the other side. */
export const backPatch = z
  .object({
    side: z.enum(['left', 'right', 'both']),
    top: zoneLevel,
    bottom: zoneLevel,
    inner: zoneEdge,
    outer: zoneEdge,
    /** `main` (default): where it is usually felt; `spill`: where it may spread, drawn fainter and ranked lower. */
    weight: z.enum(['main', 'spill']).optional(),
  })
  .strict();
/** Places past the model's back, named in words and drawn on the 2D body chart (content/body-regions.ts). */
export const bodyRegionId = z.enum([
  'head', 'jaw', 'neck-front',
  'chest-middle', 'chest-left', 'chest-right', 'ribs-front-left', 'ribs-front-right',
  'upper-belly', 'right-upper-belly', 'left-upper-belly', 'lower-belly', 'groin',
  'shoulder-left', 'shoulder-right', 'arm-left', 'arm-right', 'hand-left', 'hand-right', 'leg-left', 'leg-right',
]);
/** Where a cause (or a muscle's trigger points) is felt: patches on the back, places past it, and the sources. */
export const felt = z
  .object({
    back: z.array(backPatch),
    elsewhere: z.array(bodyRegionId),
    sources: z.array(sourceId).min(1, 'where pain is felt is a medical claim: it needs a source'),
  })
  .strict()
  .refine((f) => f.back.length + f.elsewhere.length > 0, { message: 'a zone must name at least one place' });
export const bodyRegion = z
  .object({ id: bodyRegionId, name: z.object({ patient: text, clinician: text }).strict() })
  .strict();
/** A yes/no question of the pain map, drawn from the warning signs; "yes" raises the causes it favours. */
export const painQuestion = z
  .object({
    /** Published in links (`pain=`): lowercase letters only, never renamed. */
    id: z.string().regex(/^[a-z]+$/),
    question: z.object({ patient: text, clinician: text }).strict(),
    /** Warning signs a "yes" matches; a tier-A (emergency) one shows the call-out at once. */
    signs: z.array(warningSignId),
    /** Causes a "yes" moves up the list. */
    favours: z.array(causeId).min(1),
  })
  .strict();

export const contentSchema = z
  .object({
    sources: z.array(source).min(1),
    structures: z.array(structure).min(1),
    causes: z.array(cause).min(1),
    warningTiers: z.array(warningTier).length(3),
    warningSigns: z.array(warningSign).min(1),
    clinic,
    emergencyNumbers: z.array(emergencyNumber).min(1),
    disclaimer,
    tour: z.array(tourStep).min(8, 'the tour needs at least eight steps'),
    /** Where each cause is felt, by cause id (every cause has one). */
    felt: z.record(causeId, felt),
    /** Each muscle's trigger-point referral map, by structure id. */
    referral: z.record(structureId, felt),
    bodyRegions: z.array(bodyRegion),
    painQuestions: z.array(painQuestion).min(1),
    painMapNote: disclaimer,
    painMapCallout: disclaimer,
  })
  .strict()
  .refine((c) => c.emergencyNumbers.some((e) => e.number === c.clinic.emergencyNumber), {
    message: "the list of common emergency numbers must include the clinic's own",
  });
