// Where each cause is felt, and each muscle's trigger-point referral map (issue 14). Patches are bounded by
// landmarks (vertebral levels, the shoulder blade's borders and angles, distance from the midline), never by
// triangles, so a zone stays true on another model. Places past the back are named (content/body-regions.ts)
// and drawn on the 2D body chart. Every entry carries its sources.
import type { Felt } from './types';

export const felt: Record<string, Felt> = {
  'MSK-01': {
    back: [{ side: 'both', top: 'C7', bottom: 'T8', inner: 'paraspinal', outer: 'scapula-medial' }],
    elsewhere: [],
    sources: ['physiopedia-thoracic-red-flags'],
  },
  'VIS-01': {
    back: [{ side: 'both', top: 'T1', bottom: 'T6', inner: 'midline', outer: 'scapula-medial' }],
    elsewhere: ['chest-middle', 'arm-left', 'arm-right', 'neck-front', 'jaw', 'upper-belly'],
    sources: ['gulati-2021-chest-pain-guideline', 'mehta-2016-aha-women-mi'],
  },
  'VIS-06': {
    back: [{ side: 'right', top: 'scapula-bottom', bottom: 'T10', inner: 'scapula-medial', outer: 'scapula-lateral' }],
    elsewhere: ['right-upper-belly', 'upper-belly', 'shoulder-right'],
    sources: ['aafp-2000-biliary', 'statpearls-biliary-colic'],
  },
};

export const referral: Record<string, Felt> = {
  'rhomboid-major': {
    back: [{ side: 'both', top: 'T2', bottom: 'scapula-bottom', inner: 'paraspinal', outer: 'scapula-medial' }],
    elsewhere: [],
    sources: ['travell-simons-1999'],
  },
};
