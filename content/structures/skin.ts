// The skin of the back (one midline node). Facts: anatomy-facts.md §2.2 (shingles, notalgia paraesthetica).
import type { Structure } from '../types';
import { claim } from '../claim';

export const skin: Structure[] = [
  {
    id: 'skin',
    name: 'Skin',
    latin: 'Cutis',
    kind: 'skin',
    layer: 'skin',
    paired: false,
    group: 'Skin',
    layNames: ['skin', 'back skin', 'surface of the back'],
    function: claim(
      'Your skin covers and protects your back. Each strip of skin gets its feeling from one spinal nerve. These strips wrap around your body like bands.',
      'Integument of the back; sensation is segmental, the thoracic dermatomes forming bands from the midline round the trunk, supplied posteriorly by the dorsal rami.',
      ['gray'],
    ),
    painRole: claim(
      'Shingles can cause a burning band of pain on one side, often days before a rash shows up. A patch of skin by the shoulder blade that itches, burns or tingles can come from a nerve problem. It has a long name: notalgia paresthetica.',
      'Herpes zoster causes dermatomal pain, most often thoracic, typically 1–3 days before the vesicular rash; notalgia paraesthetica causes itch, burning or paraesthesia medial to the scapula (dorsal rami T2–T6).',
      ['msd-herpes-zoster', 'muir-2017'],
    ),
  },
];
