// The red-flag list for upper back and between-the-shoulder-blades pain, in three tiers (anatomy-facts.md §3).
// Tier A: call the emergency number now. Tier B: see a doctor the same day. Tier C: see a doctor within two weeks.
// Safety rules (tests/content/safety.test.ts): a sign that names breathlessness, chest pressure, fainting,
// coughing up blood, fever with yellow skin or eyes, or new weakness or numbness in one or both legs, in both arms,
// or in any limb when it comes on suddenly or gets worse fast, is Tier A (one arm weakening slowly is B6); the Tier A action carries the call. Pain on breathing in counts only when it comes with breathlessness,
// a racing heart or coughing up blood. The emergency number and the country come from clinic.ts (through
// emergency.ts), so that another clinic changes only that file.
import type { WarningSign, WarningTier } from './types';
import { claim } from './claim';
import { clinic } from './clinic';
import { callNow, commonNumbers, NOT_SETTLING, SOON } from './emergency';

const n = clinic.emergencyNumber;

export const warningTiers: WarningTier[] = [
  {
    tier: 'emergency',
    title: { patient: 'Call for help now', clinician: 'Emergency: activate EMS now' },
    action: claim(
      `Call your local emergency number now. In ${clinic.country} that is ${n}: ${callNow}. Do not drive yourself. Do not wait to see if it goes away. Common numbers are ${commonNumbers}.`,
      `Activate emergency medical services now: ${n} in ${clinic.country} (elsewhere ${commonNumbers}). The patient must not drive. Do not wait for chest pain to appear or for symptoms to settle.`,
      ['gulati-2021-chest-pain-guideline', 'nice-cg95-chest-pain', 'isselbacher-2022-aortic', 'esc-2019-pe', 'nice-ng234'],
    ),
  },
  {
    tier: 'same-day',
    title: { patient: 'See a doctor today', clinician: 'Same-day urgent assessment' },
    action: claim(
      `Get seen by a doctor today. Call your doctor, go to urgent care, or go to the emergency room. If any sign in the list above appears, ${callNow}.`,
      `Same-day medical assessment (primary care, urgent care or emergency department); activate EMS (${n}) at once if any Tier A feature develops.`,
      ['finucane-2020-ifompt-red-flags', 'nice-ng234', 'physiopedia-thoracic-red-flags'],
    ),
  },
  {
    tier: 'soon',
    title: { patient: `See a doctor ${SOON.patient}`, clinician: `Clinician review ${SOON.clinician}` },
    action: claim(
      `Make a visit with a doctor ${SOON.patient}. Do not just wait and hope it goes away. If a sign from the lists above appears, act on that sign instead.`,
      `Arrange clinician review ${SOON.clinician}, with examination and targeted investigation as indicated; re-triage at once if a Tier A or B feature appears.`,
      ['finucane-2020-ifompt-red-flags', 'nice-ng12-suspected-cancer', 'physiopedia-thoracic-red-flags'],
    ),
  },
];

export const warningSigns: WarningSign[] = [
  // ---- Tier A: emergency now ------------------------------------------------------------------------
  {
    id: 'A1',
    tier: 'emergency',
    sign: claim(
      'Pressure, squeezing, tightness or heaviness in your chest. Or pain that spreads to one or both arms, your neck, jaw, upper belly, back or between your shoulder blades, even with no chest pain. Look out for shortness of breath, a cold sweat, feeling sick, feeling dizzy or light-headed, or tiredness that is not normal for you. In women, a heart attack can show as an ache between the shoulder blades with shortness of breath, dizziness or light-headedness. Chest pain is still the most common sign in women. But women more often also have, or only have, these other signs. Heart attacks with no chest pain at all are more common in older people, women and people with diabetes.',
      'Chest pressure, tightness, heaviness or burning, or discomfort radiating to one or both arms, neck, jaw, epigastrium, back or the interscapular region, with or without chest pain; especially with dyspnoea, diaphoresis, nausea or vomiting, light-headedness or unusual fatigue. Chest pain remains the most common presenting symptom in women (about 87% of women aged 18–55 in VIRGO), but women more often report additional symptoms, including interscapular or upper back pain, and more often present without chest pain (NRMI: 42% of women vs 31% of men). Presentation without chest pain is also more common with older age and diabetes. Chest-wall tenderness does not exclude ACS. Acute chest pain warrants EMS transport, not self-presentation.',
      ['gulati-2021-chest-pain-guideline', 'nice-cg95-chest-pain', 'mehta-2016-aha-women-mi', 'virgo-2018', 'canto-2012-nrmi'],
    ),
    causes: ['VIS-01', 'VIS-04', 'VIS-09', 'VIS-12', 'VIS-15', 'VIS-16'],
  },
  {
    id: 'A2',
    tier: 'emergency',
    sign: claim(
      'Sudden, severe pain in your chest, back or belly that is at its worst from the very first moment. It may feel sharp, tearing or ripping, and it may move down your back or into your belly. Or this pain comes with fainting, weakness or numbness on one side, trouble speaking, or a big difference in pulse or blood pressure between your arms. Or it comes with one or both legs turning weak, numb, cold or hard to move.',
      'Abrupt-onset severe chest, back or abdominal pain, maximal at onset (sharp is reported more often than tearing), possibly migrating caudally; or with syncope, focal neurological deficit, pulse or blood-pressure differential between the arms, acute limb ischaemia, leg weakness or paraplegia (spinal malperfusion), or abdominal pain (mesenteric or renal malperfusion).',
      ['hagan-2000-irad', 'pape-2015-irad', 'thrumurthy-2012-bmj', 'isselbacher-2022-aortic'],
    ),
    causes: ['VIS-02', 'VIS-14'],
  },
  {
    id: 'A3',
    tier: 'emergency',
    sign: claim(
      'Sudden shortness of breath. Or pain when you breathe in that comes with shortness of breath, a racing heart or coughing up blood. Or coughing up blood, or fainting. A sudden sharp pain on one side of your chest or back with shortness of breath can be a collapsed lung. All of these matter even more after surgery, a long time in bed or a long trip. They also matter more in or after pregnancy, on hormone pills, or with a swollen calf.',
      'Sudden dyspnoea; pleuritic pain with dyspnoea, tachycardia or haemoptysis; haemoptysis; syncope; particularly after surgery or immobility, long-haul travel, in pregnancy or the postpartum period, on oestrogen therapy, or with a swollen calf (PE). Sudden unilateral pleuritic pain with breathlessness suggests pneumothorax. Pleuritic pain alone, with normal breathing and heart rate, is not by itself Tier A (pneumonia, pleurisy or costovertebral pain).',
      ['esc-2019-pe', 'bts-2023-pleural', 'murtagh'],
    ),
    causes: ['MSK-07', 'VIS-03', 'VIS-05', 'VIS-10'],
  },
  {
    id: 'A4',
    tier: 'emergency',
    sign: claim(
      'Weakness or numbness in one or both arms or legs that comes on suddenly or gets worse fast. New weakness, numbness or tingling in one or both legs, or in both arms. Walking that is unsteady. Losing control of your bladder or bowels. Numbness around your groin or buttocks.',
      'Sudden or rapidly progressive weakness or sensory loss in one or more limbs; new unilateral or bilateral leg weakness, numbness or paraesthesia; bilateral arm symptoms; gait ataxia; sphincter disturbance; saddle anaesthesia: suspect spinal cord compression (tumour, disc, abscess, haematoma), which is often asymmetric at first. A single arm weakening gradually over days to weeks with neck pain is more often radiculopathy (Tier B, same day).',
      ['nice-ng234', 'physiopedia-thoracic-red-flags'],
    ),
    causes: ['NEU-06', 'NEU-07', 'MSK-08', 'MSK-09', 'VIS-11', 'OTH-03', 'OTH-08'],
  },
  {
    id: 'A5',
    tier: 'emergency',
    sign: claim(
      'A big injury, such as a fall from a height, a car crash or a hard hit at speed. Or any hurt to your back or neck, even a small one, that is followed by numbness, tingling or weakness. Or trouble breathing or coughing up blood after an injury.',
      'High-energy mechanism (fall from height, motor-vehicle collision, high-speed impact), or any back or neck injury, however minor, followed by numbness, paraesthesia, weakness, respiratory difficulty or haemoptysis: fracture, cord, lung or aortic injury.',
      ['nice-ng39-major-trauma', 'nice-ng41-spinal-injury', 'stiell-2001-canadian-c-spine', 'physiopedia-thoracic-red-flags'],
    ),
    causes: ['TRA-01', 'TRA-02', 'TRA-04', 'MSK-14'],
  },
  {
    id: 'A6',
    tier: 'emergency',
    sign: claim(
      'Fever or chills with bad or worsening pain in your spine. This matters even more if you inject drugs, have diabetes, have a weak immune system, or recently had an infection or a spine procedure. Any new nerve problem with a fever is an emergency.',
      'Fever or rigors with severe or progressive spinal pain, especially with injecting drug use, diabetes, immunosuppression, recent bacteraemia or spinal procedure; any new neurological deficit with fever: suspect spinal infection or epidural abscess.',
      ['idsa-2015-vertebral-osteomyelitis', 'physiopedia-thoracic-red-flags'],
    ),
    causes: ['OTH-03', 'OTH-08'],
  },
  {
    id: 'A7',
    tier: 'emergency',
    sign: claim(
      'Severe pain in your upper belly that bores through to your back, with vomiting again and again. Or vomiting blood, or passing black stools. Or severe chest or back pain after hard vomiting.',
      'Severe epigastric pain radiating to the back with persistent vomiting (pancreatitis); haematemesis or melaena (bleeding or perforated ulcer); severe chest or back pain after forceful vomiting (Boerhaave oesophageal rupture).',
      ['banks-2013-atlanta', 'acg-2024-pancreatitis', 'murtagh'],
    ),
    causes: ['VIS-07', 'VIS-08', 'VIS-09'],
  },
  {
    id: 'A8',
    tier: 'emergency',
    sign: claim(
      'Sharp pain in the middle of your chest that eases when you lean forward. With it, you are short of breath, you faint, or you feel faint.',
      'Pericarditic pain (sharp, central, eased by sitting forward) with dyspnoea, syncope or hypotension: exclude cardiac tamponade.',
      ['esc-2015-pericardial', 'rcem-pericarditis'],
    ),
    causes: ['VIS-04'],
  },
  {
    id: 'A9',
    tier: 'emergency',
    sign: claim(
      'You have or had cancer, and you now have any new numbness, weakness, trouble walking, or bladder problems.',
      'Known cancer with any new neurological symptom (numbness, weakness, gait disturbance, sphincter dysfunction): suspected metastatic spinal cord compression.',
      ['nice-ng234'],
    ),
    causes: ['VIS-11', 'NEU-07'],
  },
  {
    id: 'A10',
    tier: 'emergency',
    sign: claim(
      'A fever or shivering fits with yellow skin or yellow eyes. There may also be pain under your right ribs or right shoulder blade, or you may feel confused.',
      'Fever or rigors with jaundice, with or without right upper quadrant pain, or with confusion or hypotension: suspected acute cholangitis, which needs emergency antibiotics, severity grading and biliary drainage (Tokyo Guidelines 2018).',
      ['kiriyama-2018-tokyo-cholangitis'],
    ),
    causes: ['VIS-06'],
  },
  // ---- Tier B: same day --------------------------------------------------------------------------------
  {
    id: 'B1',
    tier: 'same-day',
    sign: claim(
      'You have or had cancer, and you have new back pain. It keeps getting worse, or wraps around you like a band, or is worse when you lie flat or at night.',
      'History of cancer with new, progressive or band-like thoracic pain, or pain worse lying flat or at night, without neurological symptoms yet: suspected spinal metastasis or pathological fracture: same-day assessment.',
      ['nice-ng234'],
    ),
    causes: ['VIS-11', 'MSK-09'],
  },
  {
    id: 'B2',
    tier: 'same-day',
    sign: claim(
      'Sudden sharp pain in the middle of your back after a small fall, a lift or a cough. This matters most if you have thin bones, are over 65, or have taken steroid pills for a long time. It also matters if you take blood thinners.',
      'Sudden sharp midline pain after minor trauma, lifting or coughing in a patient with osteoporosis, age over 65 or long-term glucocorticoid use: suspected vertebral compression fracture; anticoagulation lowers the threshold for imaging after any fall.',
      ['physiopedia-thoracic-red-flags', 'statpearls-vertebral-compression-fractures', 'nice-ng41-spinal-injury'],
    ),
    causes: ['MSK-09', 'TRA-04', 'MSK-14'],
  },
  {
    id: 'B3',
    tier: 'same-day',
    sign: claim(
      'Pain under your right shoulder blade or in the upper right of your belly that lasts more than a few hours, or that comes with a fever. Or new yellow skin or eyes, or dark urine (pee).',
      'Right subscapular or right upper quadrant pain lasting more than a few hours or with fever (acute cholecystitis), or new jaundice or dark urine. Fever with jaundice is Tier A (cholangitis).',
      ['statpearls-biliary-colic', 'kiriyama-2018-tokyo-cholangitis'],
    ),
    causes: ['VIS-06'],
  },
  {
    id: 'B4',
    tier: 'same-day',
    sign: claim(
      'A burning band of pain on one side, with a rash of small blisters now or a few days later. A rash near your eye is more urgent.',
      'Unilateral burning dermatomal pain with or before a vesicular rash; ophthalmic involvement is more urgent. Antivirals work best started within about 72 hours of the rash.',
      ['msd-herpes-zoster'],
    ),
    causes: ['NEU-04'],
  },
  {
    id: 'B5',
    tier: 'same-day',
    sign: claim(
      'Shoulder pain or pain along the inner edge of the shoulder blade that does not go away, in someone who smokes. Watch for a weak hand, pain down the inner side of the arm, or a drooping eyelid or small pupil on the same side.',
      'Persistent shoulder or medial scapular pain in a smoker with intrinsic hand weakness, ulnar-sided arm pain or an ipsilateral Horner syndrome (ptosis, miosis): suspected Pancoast tumour; arrange urgent chest imaging.',
      ['statpearls-pancoast', 'medbullets-pancoast'],
    ),
    causes: ['VIS-10'],
  },
  {
    id: 'B6',
    tier: 'same-day',
    sign: claim(
      'Neck pain and pain between the shoulder blades. With it, one arm is slowly getting weaker over days or weeks, or your hands are getting clumsy.',
      'Neck and interscapular pain with one arm weakening gradually over days to weeks, or hand clumsiness: cervical radiculopathy with motor loss, or myelopathy. Sudden or rapidly progressive weakness, bilateral arm symptoms, leg or sphincter symptoms are Tier A.',
      ['medscape-cervical-discogenic', 'tanaka-2006'],
    ),
    causes: ['NEU-01'],
  },
  {
    id: 'B7',
    tier: 'same-day',
    sign: claim(
      'Pain when you breathe in, with a fever and a cough.',
      'Pleuritic pain with fever and cough, with normal breathing: pneumonia or pleurisy. Breathlessness, tachycardia, haemoptysis, hypoxia or confusion make it Tier A.',
      ['murtagh', 'nice-cg191-pneumonia'],
    ),
    causes: ['MSK-07', 'VIS-05', 'VIS-13'],
  },
  {
    id: 'B8',
    tier: 'same-day',
    sign: claim(
      'You are over 50 and your shoulders ache. You also have a new headache, a sore scalp, or jaw pain when you chew. If your sight changes or goes dim, go to the emergency room now. Without quick care this can cause blindness.',
      'Headache, scalp tenderness or jaw claudication in a patient over 50 with shoulder-girdle aching: suspected giant-cell arteritis with polymyalgia rheumatica. Any visual disturbance or loss needs immediate (same-hour) emergency or ophthalmology assessment and glucocorticoids without delay, because of the risk of permanent visual loss.',
      ['eular-acr-2012-pmr', 'mackie-2020-bsr-gca'],
    ),
    causes: ['OTH-02'],
  },
  // ---- Tier C: soon -----------------------------------------------------------------------------------
  {
    id: 'C1',
    tier: 'soon',
    sign: claim(
      `You are under 20 or over 50 and have new pain in your upper or middle back. Or the pain is always there, keeps getting worse, and does not ease with rest or a change of position. Or it wakes you at night. Or it is no better after ${NOT_SETTLING.patient} of sensible self-care.`,
      `Age under 20 or over 50 with new thoracic pain; constant, progressive, non-mechanical pain unrelieved by rest or position; night pain; no improvement after about ${NOT_SETTLING.clinician} of appropriate self-management.`,
      ['finucane-2020-ifompt-red-flags', 'physiopedia-thoracic-red-flags'],
    ),
    causes: ['MSK-01', 'MSK-04', 'MSK-07', 'VIS-11', 'OTH-03', 'MSK-13', 'OTH-08'],
  },
  {
    id: 'C2',
    tier: 'soon',
    sign: claim(
      'Back pain that lasts, with weight loss you cannot explain, night sweats or tiredness. Or back pain that lasts when you have a weak immune system or HIV.',
      'Persistent back pain with unexplained weight loss, night sweats or fatigue, or with immunosuppression or HIV.',
      ['finucane-2020-ifompt-red-flags', 'nice-ng12-suspected-cancer', 'physiopedia-thoracic-red-flags'],
    ),
    causes: ['VIS-11', 'OTH-03', 'VIS-10', 'VIS-13', 'OTH-08'],
  },
  {
    id: 'C3',
    tier: 'soon',
    sign: claim(
      'Your back is stiff for more than half an hour in the morning, and the pain gets better when you move and exercise.',
      'Morning stiffness over 30 minutes with back pain that improves with exercise: possible axial spondyloarthritis.',
      ['sieper-2009-asas'],
    ),
    causes: ['MSK-11'],
  },
  {
    id: 'C4',
    tier: 'soon',
    sign: claim(
      'A curve in your spine or a hump over your ribs that you can see and that is getting worse, most of all if it hurts.',
      'Visible, progressive spinal curve or rib hump, particularly if painful.',
      ['statpearls-scoliosis', 'aaos-orthoinfo-scoliosis'],
    ),
    causes: ['MSK-10', 'MSK-13'],
  },
  {
    id: 'C5',
    tier: 'soon',
    sign: claim(
      'A shoulder blade that newly sticks out like a wing, or muscles around the shoulder blade that look thinner.',
      'New scapular winging or periscapular muscle wasting: consider long thoracic, spinal accessory or dorsal scapular nerve injury.',
      ['kibler-2013', 'muir-2017'],
    ),
    causes: ['MSK-05', 'NEU-03', 'NEU-08'],
  },
];
