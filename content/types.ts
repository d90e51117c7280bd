// Types of the content, inferred from the schema. Import these (type-only) anywhere in the app.
import type { z } from 'zod';
import type * as s from './schema';

export type Claim = z.infer<typeof s.claim>;
export type Source = z.infer<typeof s.source>;
export type Structure = z.infer<typeof s.structure>;
export type MuscleAnatomy = z.infer<typeof s.muscleAnatomy>;
export type Involvement = z.infer<typeof s.involvement>;
export type Cause = z.infer<typeof s.cause>;
export type CauseGroup = z.infer<typeof s.causeGroup>;
export type Urgency = z.infer<typeof s.urgency>;
export type WarningTier = z.infer<typeof s.warningTier>;
export type WarningSign = z.infer<typeof s.warningSign>;
export type Clinic = z.infer<typeof s.clinic>;
export type EmergencyNumber = z.infer<typeof s.emergencyNumber>;
export type Disclaimer = z.infer<typeof s.disclaimer>;
export type TourStep = z.infer<typeof s.tourStep>;
export type TourView = z.infer<typeof s.tourView>;
export type ZoneLevel = z.infer<typeof s.zoneLevel>;
export type ZoneEdge = z.infer<typeof s.zoneEdge>;
export type BackPatch = z.infer<typeof s.backPatch>;
export type BodyRegionId = z.infer<typeof s.bodyRegionId>;
export type BodyRegion = z.infer<typeof s.bodyRegion>;
export type Felt = z.infer<typeof s.felt>;
export type PainQuestion = z.infer<typeof s.painQuestion>;
export type Content = z.infer<typeof s.contentSchema>;
/** Which wording the overlays use. */
export type Mode = 'patient' | 'clinician';
