// Shown with every explanation: education, not diagnosis.
import type { Disclaimer } from './types';
import { callNow } from './emergency';

export const disclaimer: Disclaimer = {
  patient: `This guide helps you learn about your back. It cannot tell you what is causing your pain. Only a doctor who examines you can do that. If you have a warning sign, do what that sign says. For a sign in the emergency list, ${callNow}.`,
  clinician:
    'Educational material, not a diagnostic tool. The differential is simplified, referral maps are approximate, and muscle tenderness never excludes a cardiac, aortic or other visceral cause. Use clinical judgement and current guidelines.',
};
