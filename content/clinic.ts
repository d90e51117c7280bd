// The clinic that runs this copy of the app. Another clinic changes only this file: its name and phone appear
// wherever the app says "see a doctor", and the emergency number appears in the warning signs.
import type { Clinic } from './types';

export const clinic: Clinic = {
  name: 'Genesis Pain Clinic',
  phone: '(913) 871-9888',
  phoneE164: '+19138719888',
  emergencyNumber: '911',
};
