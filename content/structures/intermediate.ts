// Intermediate (extrinsic, "respiratory") layer: the two thin serratus posterior muscles on the ribs.
// Facts: anatomy-facts.md §1.2 (TeachMeAnatomy, AnatomyZone, Lecturio, Vilensky 2001, Travell & Simons).
import type { Structure } from '../types';
import { claim } from '../claim';

const GROUP = 'Serratus posterior';

export const intermediate: Structure[] = [
  {
    id: 'serratus-posterior-superior',
    name: 'Serratus posterior superior',
    latin: 'Musculus serratus posterior superior',
    kind: 'muscle',
    layer: 'intermediate',
    paired: true,
    group: GROUP,
    layNames: ['upper back rib muscle', 'muscle under the shoulder blade'],
    function: claim(
      'This is a thin sheet of muscle under the rhomboids. It runs from your spine to your upper ribs. Books say it lifts the ribs when you breathe in. Newer studies suggest it may mostly sense position instead.',
      'Thin, partly aponeurotic sheet deep to the rhomboids, from the C7–T3 spinous processes to ribs 2–5. Classically an accessory inspiratory muscle that elevates ribs 2–5; anatomical and EMG review finds little support for a respiratory role and proposes a proprioceptive one.',
      ['teachmeanatomy', 'anatomyzone', 'vilensky-2001'],
    ),
    painRole: claim(
      'Sore spots in this muscle can cause a deep, steady ache under the top part of your shoulder blade. It can spread to the back of your shoulder and down your arm to your little finger. It can feel like a pinched nerve. It is often worse when you reach forward or lie on that side. A long bout of coughing can set it off.',
      'Trigger points can give a deep, steady ache under the upper scapula, spreading to the posterior shoulder, the ulnar forearm and the little finger, easily confused with C8 radiculopathy or thoracic outlet syndrome. Worse when the scapula compresses it (reaching forward, lying on that side); chronic cough is a classic trigger.',
      ['travell-simons-1999'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the bony bumps of your spine, from the base of your neck to the third upper back bone.',
        'Lower ligamentum nuchae; spinous processes of C7–T3 and their supraspinous ligaments.',
        ['teachmeanatomy', 'anatomyzone'],
      ),
      insertion: claim('It ends on the second to fifth ribs, in four small slips.', 'Upper borders and outer surfaces of ribs 2–5, just lateral to their angles (four digitations).', [
        'teachmeanatomy',
        'anatomyzone',
      ]),
      action: claim(
        'Books say it lifts your upper ribs as you breathe in. Studies find little proof of this. It may help your body sense where your ribs are.',
        'Traditionally elevates ribs 2–5 in inspiration; the evidence for a meaningful respiratory action is weak, and a proprioceptive role has been suggested.',
        ['vilensky-2001', 'teachmeanatomy'],
      ),
      innervation: claim(
        'Nerves that run between your upper ribs make it work.',
        'Ventral rami of T2–T5 (second to fifth intercostal nerves).',
        ['teachmeanatomy', 'lecturio-intermediate-back'],
      ),
      bloodSupply: claim('Its blood comes from the arteries that run between your ribs.', 'Posterior intercostal arteries.', ['teachmeanatomy']),
    },
  },
  {
    id: 'serratus-posterior-inferior',
    name: 'Serratus posterior inferior',
    latin: 'Musculus serratus posterior inferior',
    kind: 'muscle',
    layer: 'intermediate',
    paired: true,
    group: GROUP,
    layNames: ['lower rib muscle', 'low back rib muscle'],
    function: claim(
      'This is a thin sheet of muscle where your middle back meets your low back. It pulls your lowest ribs down and back. It may help hold them steady when you breathe.',
      'Thin muscle at the thoracolumbar junction, its aponeurosis blending with the thoracolumbar fascia. It draws ribs 9–12 down and back and may steady them against the pull of the diaphragm; its respiratory importance is doubtful.',
      ['gray', 'lecturio-intermediate-back', 'vilensky-2001'],
    ),
    painRole: claim(
      'This muscle sits lower than the space between the shoulder blades. Sore spots in it can cause a nagging ache over your lowest ribs at the back. It is worth thinking of when the pain is lower down.',
      'Not an interscapular muscle: its trigger points can cause a nagging local ache over the lower ribs at the thoracolumbar junction. Useful as a "below the interscapular region" differential.',
      ['travell-simons-1999'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the bony bumps of your spine where the middle back meets the low back.',
        'Spinous processes of T11–L2 (some texts to L3) and their supraspinous ligaments, via a thin aponeurosis.',
        ['gray', 'lecturio-intermediate-back'],
      ),
      insertion: claim('It ends on your lowest four ribs, in four small slips.', 'Lower borders of ribs 9–12, a little lateral to their angles (four slips).', [
        'gray',
        'lecturio-intermediate-back',
      ]),
      action: claim(
        'It pulls your lowest ribs down and back. It may help you twist and straighten your trunk.',
        'Depresses and draws back the lower ribs; may steady them against the diaphragm and assist trunk rotation and extension. Respiratory role doubtful.',
        ['gray', 'vilensky-2001'],
      ),
      innervation: claim(
        'Nerves that run under your lowest ribs make it work.',
        'Ventral rami of T9–T12 (ninth to eleventh intercostal nerves and the subcostal nerve).',
        ['gray', 'lecturio-intermediate-back'],
      ),
      bloodSupply: claim(
        'Its blood comes from arteries under the lower ribs and in your upper low back.',
        'Posterior intercostal, subcostal and upper lumbar arteries.',
        ['gray', 'lecturio-intermediate-back'],
      ),
    },
  },
];
