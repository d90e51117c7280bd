// Other causes: OTH-01..08 (anatomy-facts.md §2.5; OTH-08 from issue 12).
import type { Cause } from '../types';
import { clinic } from '../clinic';
import { claim, primary, secondary, tLevels, lLevels, ribs } from '../claim';
import { callNow, NOT_SETTLING, SOON } from '../emergency';

const n = clinic.emergencyNumber;

export const other: Cause[] = [
  {
    id: 'OTH-01',
    group: 'other',
    name: { patient: 'Long-lasting pain all over the body', clinician: 'Fibromyalgia' },
    keywords: ['fibromyalgia', 'pain all over', 'tired all the time', 'widespread pain', 'poor sleep'],
    urgency: 'routine',
    feelsLike: claim(
      'Pain in many parts of your body for three months or more. You feel tired, your sleep does not refresh you, and you may have trouble thinking clearly.',
      'Widespread pain for at least 3 months with fatigue, unrefreshing sleep and cognitive symptoms; historical tender points include the mid upper trapezius and the supraspinatus origin near the medial border.',
      ['acr-fibromyalgia-criteria'],
    ),
    whoItAffects: claim('Adults, more often women.', 'Adults; more often diagnosed in women.', ['acr-fibromyalgia-criteria']),
    regions: claim('Pain is spread out, often including the top of the shoulders and the edge of the shoulder blade.', 'Diffuse; trapezius and medial scapular border.', ['acr-fibromyalgia-criteria']),
    involves: secondary('trapezius', 'scapula'),
    whatHelps: claim(
      'Gentle exercise most days, good sleep habits and learning about it help most. A doctor can add other treatment.',
      'Education, graded aerobic exercise and sleep hygiene first; pharmacological and psychological therapies as adjuncts.',
      ['eular-2017-fibromyalgia'],
    ),
    whenToSeeDoctor: claim('See a doctor to find out what is going on and to rule out other causes.', 'Clinical diagnosis after exclusion of other causes.', ['acr-fibromyalgia-criteria']),
    warningSigns: [],
  },
  {
    id: 'OTH-02',
    group: 'other',
    name: { patient: 'Aching, stiff shoulders and hips after 50', clinician: 'Polymyalgia rheumatica' },
    keywords: ['polymyalgia', 'stiff shoulders', 'stiff in the morning', 'aching shoulders and hips', 'over 50'],
    urgency: 'soon',
    feelsLike: claim(
      'Aching and stiffness in both shoulders and hips, worst in the morning and lasting a long time.',
      'Bilateral shoulder-girdle and hip-girdle aching with prolonged morning stiffness and raised ESR/CRP.',
      ['eular-acr-2012-pmr'],
    ),
    whoItAffects: claim('It affects people who are over 50 years old.', 'Age over 50.', ['eular-acr-2012-pmr']),
    regions: claim('Your shoulders and hips on both sides.', 'Shoulder girdle and hip girdle.', ['eular-acr-2012-pmr']),
    involves: [...primary('humerus', 'clavicle', 'hip-bone'), ...secondary('scapula', 'trapezius')],
    whatHelps: claim('A doctor can do blood tests. Steroid tablets usually help quickly.', 'Low-dose glucocorticoids with a slow taper, under medical supervision.', [
      'eular-acr-2012-pmr',
    ]),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient}. Get seen the same day if you also have a new headache, a sore scalp, jaw pain when you chew, or changes in your sight.`,
      `Review ${SOON.clinician}; same-day or emergency for headache, scalp tenderness, jaw claudication or visual change (giant-cell arteritis).`,
      ['eular-acr-2012-pmr'],
    ),
    warningSigns: ['B8'],
  },
  {
    id: 'OTH-03',
    group: 'other',
    name: { patient: 'Infection in the spine', clinician: 'Spinal infection (vertebral osteomyelitis, discitis, epidural abscess)' },
    keywords: ['spine infection', 'fever and back pain', 'abscess', 'discitis', 'osteomyelitis'],
    urgency: 'emergency',
    feelsLike: claim(
      'Constant spine pain that keeps getting worse, with a tender spot. You may have a fever, but not always.',
      'Constant, progressive spinal pain with local tenderness; fever is not always present.',
      ['idsa-2015-vertebral-osteomyelitis', 'physiopedia-thoracic-red-flags'],
    ),
    whoItAffects: claim(
      'People who inject drugs, or have diabetes or a weak immune system. Also people who just had a blood infection or a spine procedure.',
      'Injecting drug use, diabetes, immunosuppression, recent bacteraemia or spinal procedure.',
      ['idsa-2015-vertebral-osteomyelitis'],
    ),
    regions: claim('The bones and discs of your spine, and the space around the spinal cord.', 'Vertebral bodies, discs, epidural space.', ['idsa-2015-vertebral-osteomyelitis']),
    involves: secondary(...tLevels(1, 12), ...lLevels(1, 5)),
    whatHelps: claim('You need tests in a hospital. Most people need weeks of germ-killing drugs. Some need surgery.', 'MRI, blood cultures and tissue diagnosis; prolonged targeted antibiotics; surgery for abscess, instability or deficit.', [
      'idsa-2015-vertebral-osteomyelitis',
    ]),
    whenToSeeDoctor: claim(
      `Call ${n} now or go to the emergency room if you have a fever with pain in your spine. Call ${n} now for any new numbness or weakness.`,
      'Emergency assessment for fever with spinal pain or any neurological change.',
      ['idsa-2015-vertebral-osteomyelitis', 'physiopedia-thoracic-red-flags'],
    ),
    warningSigns: ['A4', 'A6', 'C1', 'C2'],
  },
  {
    id: 'OTH-04',
    group: 'other',
    name: { patient: 'Stress, worry and poor sleep', clinician: 'Psychological stress, anxiety and sleep disturbance' },
    keywords: ['stress', 'anxiety', 'tension', 'poor sleep', 'tight shoulders', 'panic attack'],
    urgency: 'routine',
    feelsLike: claim(
      'Tight, sore shoulders and neck that get worse when you are stressed. Panic attacks can feel like a heart problem.',
      'Raised resting tension in the upper trapezius and levator scapulae; pain fluctuates with stress; panic attacks can mimic cardiac symptoms.',
      ['travell-simons-1999'],
    ),
    whoItAffects: claim('Anyone under stress or not sleeping well.', 'Patients with psychological stress, anxiety or poor sleep.', ['travell-simons-1999']),
    regions: claim('The top of your shoulders and the sides of your neck.', 'Upper trapezius and levator scapulae.', ['travell-simons-1999']),
    involves: secondary('trapezius', 'levator-scapulae'),
    whatHelps: claim(
      'Regular exercise, relaxation, good sleep and talking to someone can help. A doctor can offer more support.',
      'Address stress and sleep (exercise, relaxation, psychological therapies) alongside treatment of myofascial pain.',
      ['travell-simons-1999'],
    ),
    whenToSeeDoctor: claim(
      `Never assume heart signs are just stress. Chest pressure, shortness of breath or feeling faint must be treated as a heart attack: ${callNow}.`,
      'Cardiac symptoms must be assessed as possible ACS (VIS-01), not attributed to anxiety.',
      ['gulati-2021-chest-pain-guideline'],
    ),
    warningSigns: [],
  },
  {
    id: 'OTH-05',
    group: 'other',
    name: { patient: 'Heavy bags and daily habits', clinician: 'Load and lifestyle factors' },
    keywords: ['heavy bag', 'backpack', 'phone use', 'mattress', 'sleeping position', 'breastfeeding', 'carrying baby'],
    urgency: 'routine',
    feelsLike: claim(
      'An ache between or above your shoulder blades that seems linked to how you carry things, sit, feed a baby or sleep.',
      'Interscapular or upper-shoulder ache that the patient relates to load carriage or habitual positions; evidence that specific postures cause spinal pain is limited.',
      ['slater-2019-posture', 'murtagh'],
    ),
    whoItAffects: claim(
      'People who carry heavy bags on one shoulder or use a phone for hours. People who breastfeed or carry babies. Some people notice it after a change of bed or sleeping position.',
      'Heavy one-sided bags or backpacks, prolonged phone use, breastfeeding and infant-carrying positions, and a change of mattress or sleeping position are commonly reported aggravating factors; none is an established cause.',
      ['slater-2019-posture', 'murtagh'],
    ),
    regions: claim('The top of your shoulders and the muscles between your shoulder blades.', 'Upper trapezius, levator scapulae and rhomboids.', ['travell-simons-1999']),
    involves: secondary('trapezius', 'rhomboid-major', 'rhomboid-minor', 'levator-scapulae'),
    whatHelps: claim(
      'Try a lighter bag, or use both straps. Take breaks from your phone and change position often. Use pillows to support you and your baby when you feed. No single way to sit or sleep is right, so choose what feels comfortable.',
      'Modify the load (lighter, bilateral carriage), regular position change and movement breaks, supported feeding positions; reassure that no single posture is correct or harmful.',
      ['slater-2019-posture', 'murtagh'],
    ),
    whenToSeeDoctor: claim(`See a doctor if the pain is no better after ${NOT_SETTLING.patient} of these changes. See one, too, if any warning sign appears.`, `Review if not improving by ${NOT_SETTLING.clinician} despite modification, or if red flags appear.`, [
      'physiopedia-thoracic-red-flags',
    ]),
    warningSigns: [],
  },
  {
    id: 'OTH-06',
    group: 'other',
    name: { patient: 'Squeezed nerves at the base of the neck (thoracic outlet)', clinician: 'Thoracic outlet syndrome' },
    keywords: ['thoracic outlet', 'tingling hand', 'arm goes numb overhead', 'cold hand', 'neck and arm pain'],
    urgency: 'soon',
    feelsLike: claim(
      'An ache in your neck, shoulder and upper back, with tingling in your arm, often on the little finger side. It is worse with your arms raised.',
      'Neck, shoulder and upper back ache with arm paraesthesia, often ulnar, worse with overhead arm positions.',
      ['povlsen-2018-tos'],
    ),
    whoItAffects: claim('Adults, often those who work with their arms raised.', 'Adults; overhead workers and athletes.', ['povlsen-2018-tos']),
    regions: claim('The space between your collarbone and first rib, where nerves and blood vessels pass to your arm.', 'Scalene triangle, costoclavicular space (first rib and clavicle), subpectoral space.', [
      'povlsen-2018-tos',
      'gray',
    ]),
    involves: [...primary('clavicle'), ...secondary('rib-1', 'serratus-posterior-superior', 'scapula')],
    whatHelps: claim('Physical therapy and avoiding long periods with your arms raised help many people. A few need surgery.', 'Physiotherapy and activity modification first; surgical decompression for selected cases.', [
      'povlsen-2018-tos',
    ]),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient}. Get seen the same day if your arm swells or turns a darker colour. Call ${n} now if your hand or arm turns pale and cold, or if you are short of breath.`,
      `Review ${SOON.clinician}; same-day for arm swelling or cyanosis (venous TOS, possible axillosubclavian vein thrombosis); emergency for a pale, cold or pulseless limb (arterial TOS with acute ischaemia) or breathlessness (possible pulmonary embolism).`,
      ['povlsen-2018-tos', 'esc-2019-pe'],
    ),
    warningSigns: [],
  },
  {
    id: 'OTH-07',
    group: 'other',
    name: { patient: 'Kidney infection or kidney stone', clinician: 'Renal causes (pyelonephritis, urolithiasis)' },
    keywords: ['kidney', 'kidney stone', 'kidney infection', 'flank pain', 'pain when peeing', 'fever and back pain'],
    urgency: 'same-day',
    feelsLike: claim(
      'Pain in your side or lower back, below your shoulder blades. A kidney infection brings fever and pain when you pee. A stone gives waves of severe pain that can spread to your groin.',
      'Flank or costovertebral-angle pain (below the scapulae); fever and urinary symptoms with pyelonephritis; colicky pain radiating to the groin with stones.',
      ['eau-urological-infections', 'eau-urolithiasis'],
    ),
    whoItAffects: claim('Adults. Kidney infections are more common in women.', 'Adults; pyelonephritis more common in women.', ['eau-urological-infections']),
    regions: claim('Below your lowest ribs at the back, beside the spine.', 'Ribs 11–12 and the T11–L1 paravertebral region (below the interscapular region).', [
      'eau-urological-infections',
    ]),
    involves: secondary('serratus-posterior-inferior', ...ribs(11, 12), 't11', 't12', 'l1'),
    whatHelps: claim('A doctor can test your urine (pee). Infections need antibiotics. Stones may pass with pain relief and fluids.', 'Urinalysis and culture; antibiotics for pyelonephritis; analgesia and imaging for stones.', [
      'eau-urological-infections',
      'eau-urolithiasis',
    ]),
    whenToSeeDoctor: claim(
      `See a doctor the same day for side pain with fever or vomiting. Call ${n} now if you feel very unwell or confused.`,
      'Same-day for flank pain with fever or vomiting; emergency with features of sepsis.',
      ['eau-urological-infections'],
    ),
    warningSigns: [],
  },
  {
    id: 'OTH-08',
    group: 'other',
    name: { patient: 'Tuberculosis (TB) of the spine', clinician: "Spinal tuberculosis (Pott's disease, tuberculous spondylitis)" },
    keywords: ['tuberculosis', 'TB', 'spinal TB', "Pott's disease", 'night sweats and back pain', 'weight loss and back pain', 'back pain for months', 'hump on the back'],
    urgency: 'same-day',
    feelsLike: claim(
      'Back pain that comes on slowly over weeks or months and keeps getting worse. One spot on your spine may be tender. You may lose weight, sweat at night or feel tired, but many people have no fever at all. Later, the spine can bend forward into a sharp hump.',
      'Insidious, progressive back pain with local tenderness and stiffness; constitutional symptoms are often absent (38% in a UK series, where symptoms had lasted a mean 11 months over 3.2 prior consultations). Destruction of adjacent vertebral bodies and the disc leads to anterior wedging, kyphosis and gibbus; paravertebral cold abscess; neurological deficit (Pott paraplegia) from abscess, granulation tissue or deformity.',
      ['garg-2011-spinal-tb', 'cormican-2006-spinal-tb'],
    ),
    whoItAffects: claim(
      'People who were born in or lived in a place where TB is common, or who have been close to someone with TB. HIV, or medicines that lower your body\'s defences, raise the risk.',
      'Migrants from and travellers to high-incidence regions, close contacts, HIV and other immunosuppression; more common in children and young adults where TB is endemic; in low-incidence countries mostly in people born abroad (20 of 21 in the UK series).',
      ['garg-2011-spinal-tb', 'cormican-2006-spinal-tb'],
    ),
    regions: claim('The bones of your middle back most often, then the low back.', 'Thoracic spine most often, then lumbar; usually two adjacent vertebral bodies with the intervening disc; non-contiguous lesions are not rare.', [
      'garg-2011-spinal-tb',
    ]),
    involves: secondary(...tLevels(1, 12), ...lLevels(1, 5)),
    whatHelps: claim(
      'This needs a scan and a small sample of the bone to confirm TB. TB medicine, taken every day for many months, cures most people. Some people need surgery to free the spinal cord or to support the spine.',
      'MRI and image-guided biopsy for histology, culture, molecular testing and drug susceptibility; chest imaging and HIV testing; multidrug antituberculous therapy for many months; surgery for a large abscess, severe or progressive kyphosis, an evolving neurological deficit or failure of medical treatment.',
      ['garg-2011-spinal-tb'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor the same day for back pain that has been getting worse for weeks, with weight loss, night sweats or a chance of TB. Do not wait for a fever. Call ${n} now (your local emergency number) if one or both legs get weak, numb or tingly, or your bladder or bowels change.`,
      'Same-day assessment and urgent MRI for progressive spinal pain with constitutional symptoms or TB risk, whether or not there is fever; any new neurological deficit is an emergency.',
      ['garg-2011-spinal-tb', 'cormican-2006-spinal-tb'],
    ),
    warningSigns: ['A4', 'A6', 'C1', 'C2'],
  },
];
