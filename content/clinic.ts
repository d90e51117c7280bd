// The clinic that runs this copy of the app. Another clinic changes only this file: its name and phone appear
// wherever the app says "see a doctor", and its country's emergency number is the one every "Call … now" and
// every tap-to-call emergency link uses (content/emergency.ts builds those words from here).
import type { Clinic } from './types';

export const clinic: Clinic = {
  name: 'Genesis Pain Clinic',
  phone: '(913) 871-9888',
  phoneE164: '+19138719888',
  country: 'the United States',
  emergencyNumber: '911',
};
