// The pain map's yes/no questions (issue 14), each drawn from the warning signs. A "yes" moves the causes it
// favours up the list; a "yes" that matches an emergency (tier A) sign shows the call-out at once. A "no" never
// moves a cause down: an answer given in a hurry must not hide an emergency.
import type { PainQuestion } from './types';

export const painQuestions: PainQuestion[] = [
  {
    id: 'breath',
    question: {
      patient: 'Does it come with shortness of breath, a cold sweat or feeling faint?',
      clinician: 'Associated dyspnoea, diaphoresis, presyncope or syncope?',
    },
    signs: ['A1', 'A3'],
    favours: ['VIS-01', 'VIS-16', 'VIS-12', 'VIS-03', 'VIS-05', 'VIS-02', 'VIS-04', 'VIS-15'],
  },
  {
    id: 'sudden',
    question: {
      patient: 'Did it start suddenly and at its worst?',
      clinician: 'Abrupt onset, maximal at onset?',
    },
    signs: ['A2'],
    favours: ['VIS-02', 'VIS-14', 'VIS-03', 'VIS-05', 'VIS-16'],
  },
  {
    id: 'breathing',
    question: {
      patient: 'Is it worse when you breathe in?',
      clinician: 'Pleuritic: worse on inspiration?',
    },
    signs: [],
    favours: ['MSK-07', 'MSK-16', 'VIS-05', 'VIS-03', 'VIS-04', 'VIS-13', 'TRA-03'],
  },
  {
    id: 'effort',
    question: {
      patient: 'Does it come with effort and ease with rest?',
      clinician: 'Exertional, relieved by rest?',
    },
    signs: ['A1'],
    favours: ['VIS-12', 'VIS-01', 'VIS-16'],
  },
  {
    id: 'fever',
    question: {
      patient: 'Do you have a fever or chills?',
      clinician: 'Fever or rigors?',
    },
    signs: ['A6', 'A10', 'B7'],
    favours: ['OTH-03', 'OTH-08', 'VIS-05', 'VIS-13', 'VIS-06', 'OTH-07', 'VIS-15', 'NEU-04'],
  },
  {
    id: 'weak',
    question: {
      patient: 'Is an arm or a leg weak or numb, and did that start suddenly or get worse fast?',
      clinician: 'Sudden or rapidly progressive limb weakness or sensory loss?',
    },
    signs: ['A4'],
    favours: ['NEU-07', 'OTH-03', 'VIS-11', 'VIS-02', 'MSK-08'],
  },
];
