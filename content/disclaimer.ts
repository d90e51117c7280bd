// Shown with every explanation: education, not diagnosis.
import type { Disclaimer } from './types';
import { callNow } from './emergency';

export const disclaimer: Disclaimer = {
  patient: `This guide helps you learn about your back. It cannot tell you what is causing your pain. Only a doctor who examines you can do that. If you have a warning sign, do what that sign says. For a sign in the emergency list, ${callNow}.`,
  clinician:
    'Educational material, not a diagnostic tool. The differential is simplified, referral maps are approximate, and muscle tenderness never excludes a cardiac, aortic or other visceral cause. Use clinical judgement and current guidelines.',
};

/** Under the pain map's findings: the marks and answers narrow the list, they do not diagnose. */
export const painMapNote: Disclaimer = {
  patient:
    'This list shows what lies under your marks and what can cause pain there. It is not a diagnosis. Your doctor will ask more and examine you. Answering "no" never takes a cause off the list.',
  clinician:
    'Ranked by how well each cause\'s referral zone covers the marks, raised by positive answers; a negative answer never demotes a cause. A teaching aid for the consultation, not a diagnostic algorithm.',
};

/** Heads the call-out when an answer matches an emergency warning sign. */
export const painMapCallout: Disclaimer = {
  patient: `Your answer matches an emergency warning sign. ${callNow[0]?.toUpperCase() ?? ''}${callNow.slice(1)}. Do not drive yourself.`,
  clinician: 'A positive answer matches a Tier A (emergency) warning sign: activate emergency services now.',
};
