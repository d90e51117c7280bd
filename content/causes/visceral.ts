// Visceral and referred causes (do not miss): VIS-01..11 (anatomy-facts.md §2.3).
// These organs are not in the model; they map to the nearest modelled structures, always as "also consider".
// Heart-attack wording follows the copy notes of §3: chest pain is still the most common symptom in women, but
// women more often also have (or only have) other symptoms. The word for "not typical" is never used.
import type { Cause } from '../types';
import { clinic } from '../clinic';
import { claim, secondary, tLevels, lLevels, ribs } from '../claim';

const n = clinic.emergencyNumber;
const INTERSCAPULAR_MUSCLES = ['trapezius', 'rhomboid-major', 'rhomboid-minor'];

export const visceral: Cause[] = [
  {
    id: 'VIS-01',
    group: 'visceral',
    name: { patient: 'Heart attack', clinician: 'Acute coronary syndrome / myocardial infarction' },
    keywords: [
      'heart attack',
      'heart',
      'chest pain',
      'chest pressure',
      'pain between shoulder blades and short of breath',
      'upper back pain women heart',
      'jaw pain',
      'arm pain',
      'heart attack in women',
    ],
    urgency: 'emergency',
    feelsLike: claim(
      'Pressure, tightness, heaviness or burning in your chest. It can spread to one or both arms, your neck, jaw, upper belly, back or between your shoulder blades. You may be short of breath, break out in a cold sweat, feel sick, feel dizzy or light-headed, or feel very tired. Chest pain is still the most common sign in women. But women more often also have, or only have, pain in the upper back or between the shoulder blades, shortness of breath, nausea, dizziness or light-headedness, or tiredness that is not normal for them. In women, a dull ache between the shoulder blades with shortness of breath, dizziness or light-headedness can be a heart attack.',
      'Pressure, tightness, heaviness or burning in the chest and/or radiating to one or both arms, neck, jaw, epigastrium, back or the interscapular region; often with dyspnoea, diaphoresis, nausea, light-headedness and unusual fatigue. Women: chest pain or discomfort remains the most common symptom (about 87% of women aged 18–55 in VIRGO), but women more often report additional symptoms, including interscapular or upper back pain, nausea, dyspnoea and fatigue (three or more associated symptoms in 61.9% of women vs 54.8% of men), and more often present without chest pain (NRMI: 42% of women vs 31% of men). In McSweeney\'s interviews, shoulder-blade or upper back discomfort was reported during the infarction by 42% of women. The 2021 AHA/ACC guideline advises against calling such presentations by a label that implies they are unusual, and against relying on chest-wall tenderness to exclude ACS.',
      ['mehta-2016-aha-women-mi', 'virgo-2018', 'canto-2012-nrmi', 'mcsweeney-2003', 'gulati-2021-chest-pain-guideline'],
    ),
    whoItAffects: claim(
      'Men and women, mostly in middle and older age. Risk is higher if you smoke or have diabetes, high blood pressure or high cholesterol. It is also higher if heart disease runs in your family. Women, younger people and people with diabetes may have no chest pain at all.',
      'Adults with coronary risk factors; women (including young women), the elderly and people with diabetes more often present without chest pain or with prominent associated symptoms.',
      ['mehta-2016-aha-women-mi', 'canto-2012-nrmi', 'gulati-2021-chest-pain-guideline'],
    ),
    regions: claim(
      'The pain comes from the heart, but it can be felt in the band between your shoulder blades and in your left arm.',
      'Visceral referral to the interscapular band (about T1–T6) and the left arm; show as referred pain, not a muscle.',
      ['gulati-2021-chest-pain-guideline', 'mehta-2016-aha-women-mi'],
    ),
    involves: secondary(...INTERSCAPULAR_MUSCLES, ...tLevels(1, 6), 'humerus'),
    whatHelps: claim(
      `Call ${n} now. Do not drive yourself. Quick treatment in hospital saves heart muscle and lives.`,
      `Activate EMS (${n}) immediately: prehospital ECG, then reperfusion and guideline-directed therapy. Time to treatment determines myocardial salvage.`,
      ['gulati-2021-chest-pain-guideline'],
    ),
    whenToSeeDoctor: claim(
      `This is an emergency. Call ${n} now if you have any of these signs, even with no chest pain. Do not drive yourself. Do not wait to see if it passes. Pain that gets worse when someone presses on a muscle can still be your heart.`,
      `Emergency: activate EMS (${n}) for any of these features; do not wait for chest pain, and do not let chest-wall tenderness or a "muscular" quality exclude ACS.`,
      ['gulati-2021-chest-pain-guideline', 'mehta-2016-aha-women-mi'],
    ),
    warningSigns: ['A1'],
  },
  {
    id: 'VIS-02',
    group: 'visceral',
    name: { patient: 'A tear in the wall of the main artery (aortic dissection)', clinician: 'Acute aortic dissection' },
    keywords: ['aortic dissection', 'tearing pain', 'ripping pain', 'sudden severe back pain', 'worst pain ever', 'aorta'],
    urgency: 'emergency',
    feelsLike: claim(
      'Sudden, severe pain that is at its worst from the very first moment. It is in your chest, your back, or both, often between your shoulder blades. People often call it sharp. Some say tearing or ripping. The pain may move down your back. You may faint, have stroke-like signs, or have a weak pulse in one arm.',
      'Abrupt, severe pain maximal at onset in the chest and/or back, often interscapular (especially type B), possibly migrating caudally as the dissection extends. In IRAD "sharp" was reported more often than "tearing or ripping"; severe pain in about 93% (17-year trends). Associated: syncope, stroke-like deficit, pulse or blood-pressure differential, limb ischaemia, abdominal pain.',
      ['hagan-2000-irad', 'pape-2015-irad', 'thrumurthy-2012-bmj'],
    ),
    whoItAffects: claim(
      'Mostly people with high blood pressure. It is also more likely with some conditions that run in families, such as Marfan syndrome. Other risks are a heart valve problem from birth, past surgery on this artery, cocaine use, and pregnancy.',
      'Hypertension (about 72% in IRAD), Marfan and other connective-tissue disease, bicuspid aortic valve, prior aortic surgery, cocaine use, pregnancy.',
      ['hagan-2000-irad', 'thrumurthy-2012-bmj'],
    ),
    regions: claim(
      'The middle of the band between your shoulder blades, and down along the main artery in front of the spine.',
      'Midline interscapular band and the course of the descending aorta, left of the T4–T12 vertebral bodies.',
      ['hagan-2000-irad'],
    ),
    involves: secondary(...tLevels(1, 12)),
    whatHelps: claim(`Call ${n} now. This needs emergency care and often surgery.`, 'Emergency imaging (CT angiography), blood-pressure and heart-rate control, surgical or endovascular repair as indicated.', [
      'thrumurthy-2012-bmj',
    ]),
    whenToSeeDoctor: claim(`This is an emergency. Call ${n} now. Do not drive yourself.`, `Emergency: activate EMS (${n}).`, ['hagan-2000-irad', 'thrumurthy-2012-bmj']),
    warningSigns: ['A2'],
  },
  {
    id: 'VIS-03',
    group: 'visceral',
    name: { patient: 'Blood clot in the lung', clinician: 'Pulmonary embolism' },
    keywords: ['blood clot', 'clot in lung', 'pulmonary embolism', 'short of breath', 'pain when breathing', 'swollen calf', 'after a long flight'],
    urgency: 'emergency',
    feelsLike: claim(
      'Sudden shortness of breath, and sharp pain in your chest or back when you breathe in. Your heart may race. You may cough up blood or faint. One calf may be swollen.',
      'Sudden dyspnoea, pleuritic chest or back pain, tachycardia, cough or haemoptysis, syncope; possible signs of deep-vein thrombosis.',
      ['esc-2019-pe'],
    ),
    whoItAffects: claim(
      'People after surgery, a long time in bed or a long trip. Also people with cancer, in or just after pregnancy, on hormone pills, or who had a clot before.',
      'Recent surgery or immobility, long-haul travel, active cancer, pregnancy and the postpartum period, oestrogen therapy, previous venous thromboembolism.',
      ['esc-2019-pe'],
    ),
    regions: claim('The bottom of your lungs, under the ribs of your back.', 'Posterior lung bases and pleura under ribs 5–10; not a muscle.', ['esc-2019-pe']),
    involves: secondary(...ribs(5, 10)),
    whatHelps: claim(`Call ${n} now. Hospitals treat clots with blood thinners and sometimes clot-busting drugs.`, 'Emergency assessment; anticoagulation; reperfusion for high-risk PE.', [
      'esc-2019-pe',
    ]),
    whenToSeeDoctor: claim(`This is an emergency. Call ${n} now.`, `Emergency: activate EMS (${n}).`, ['esc-2019-pe']),
    warningSigns: ['A3'],
  },
  {
    id: 'VIS-04',
    group: 'visceral',
    name: { patient: 'A swelling of the sac around the heart (pericarditis)', clinician: 'Acute pericarditis' },
    keywords: ['pericarditis', 'sharp chest pain', 'pain better leaning forward', 'pain at the top of the shoulder', 'after a virus'],
    urgency: 'same-day',
    feelsLike: claim(
      'Sharp pain in the middle of your chest. It is worse when you lie flat or breathe in. It eases when you sit up and lean forward. It often spreads to the ridge on top of one or both shoulders.',
      'Sharp, pleuritic central chest pain, worse supine and on inspiration, eased by sitting forward; characteristic radiation to one or both trapezius ridges (phrenic innervation of the pericardium); friction rub and ECG changes.',
      ['rcem-pericarditis', 'esc-2015-pericardial'],
    ),
    whoItAffects: claim('It is often seen in younger adults. It often comes after a cold or flu.', 'Often follows a viral illness; any age, commonly younger adults.', ['esc-2015-pericardial']),
    regions: claim(
      'The ridge of muscle on top of your shoulder. This is above, not between, the shoulder blades.',
      'Upper (descending) trapezius ridge; not interscapular proper.',
      ['rcem-pericarditis'],
    ),
    involves: secondary('trapezius', 'clavicle'),
    whatHelps: claim(
      'A doctor needs to check your heart. Medicine that calms the swelling is the usual treatment. You will need to rest from hard exercise.',
      'Assessment with ECG, echocardiography and inflammatory markers; NSAIDs or aspirin with colchicine; restrict strenuous exercise.',
      ['esc-2015-pericardial'],
    ),
    whenToSeeDoctor: claim(
      `Get seen the same day for new chest pain like this. Call ${n} if you are short of breath, faint, or have a fever over 38 °C (100.4 °F).`,
      'Same-day assessment; emergency if breathlessness, syncope, fever over 38 °C or hypotension (tamponade).',
      ['esc-2015-pericardial', 'rcem-pericarditis'],
    ),
    warningSigns: ['A8'],
  },
  {
    id: 'VIS-05',
    group: 'visceral',
    name: { patient: 'A collapsed lung, or a lung infection or pleurisy', clinician: 'Pneumothorax / pleurisy / pneumonia' },
    keywords: ['collapsed lung', 'pneumothorax', 'pleurisy', 'pneumonia', 'pain when breathing', 'cough and fever', 'short of breath'],
    urgency: 'same-day',
    feelsLike: claim(
      'Sharp pain on one side when you breathe in, which may be felt in your back. A collapsed lung starts suddenly with shortness of breath. Pleurisy and pneumonia come with fever and cough.',
      'Sudden unilateral pleuritic pain with dyspnoea (pneumothorax); fever and cough with pneumonia or pleurisy; pain may be felt posteriorly.',
      ['murtagh'],
    ),
    whoItAffects: claim(
      'A collapsed lung is more common in tall young men, smokers, people with lung disease and after injury. Pneumonia can affect anyone.',
      'Pneumothorax: tall young men, smokers, underlying lung disease, trauma. Pneumonia: any age.',
      ['murtagh'],
    ),
    regions: claim('The lining of the lung, under the ribs of your back.', 'Pleura under the posterior ribs.', ['murtagh']),
    involves: secondary(...ribs(1, 12)),
    whatHelps: claim(
      'A doctor needs to examine you and may order a chest X-ray. Pneumonia is treated with medicine. A collapsed lung may need a procedure.',
      'Clinical assessment and chest radiography; antibiotics for pneumonia; observation, aspiration or drainage for pneumothorax.',
      ['murtagh'],
    ),
    whenToSeeDoctor: claim(
      `Get seen the same day for pain on breathing with fever and cough. Call ${n} if you are very short of breath, your lips look blue, or you feel confused.`,
      'Same-day for pleuritic pain with fever and cough; emergency for significant breathlessness, hypoxia or confusion.',
      ['murtagh', 'physiopedia-thoracic-red-flags'],
    ),
    warningSigns: ['A3', 'B7'],
  },
  {
    id: 'VIS-06',
    group: 'visceral',
    name: { patient: 'Pain from the gall bladder', clinician: 'Biliary colic / acute cholecystitis' },
    keywords: ['gallbladder', 'gallstones', 'pain under right shoulder blade', 'pain after fatty food', 'right shoulder blade pain', 'biliary colic'],
    urgency: 'same-day',
    feelsLike: claim(
      'Pain in the upper right part of your belly, often after a fatty meal or at night. It lasts from half an hour to hours. It can spread to your right shoulder blade or right shoulder. You may feel sick or throw up. The skin below your right shoulder blade may be tender.',
      'Right upper quadrant or epigastric pain, often after fatty meals or at night, lasting 30 minutes to hours, radiating to the right scapula (inferior-angle region) or right shoulder; nausea and vomiting; skin hyperaesthesia below the right scapula (Boas sign).',
      ['statpearls-biliary-colic', 'aafp-2000-biliary'],
    ),
    whoItAffects: claim('Adults with gallstones. Gallstones are more common in women and with age.', 'Adults with cholelithiasis; more common in women and with increasing age.', [
      'statpearls-biliary-colic',
    ]),
    regions: claim(
      'Under the lower tip of your right shoulder blade, and beside the spine on the right in the middle back.',
      'Right inferior scapular angle and the right T7–T9 paravertebral zone.',
      ['statpearls-biliary-colic', 'aafp-2000-biliary'],
    ),
    involves: secondary('scapula', 'latissimus-dorsi', ...tLevels(7, 9)),
    whatHelps: claim(
      'A doctor can check with an ultrasound scan. Attacks may settle, but gallstones that keep causing pain are often removed with the gallbladder.',
      'Ultrasound; analgesia; cholecystectomy for recurrent colic or cholecystitis.',
      ['statpearls-biliary-colic'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor the same day if the pain comes with fever, yellow skin or eyes, or dark pee. Call ${n} if the pain will not stop or you feel confused.`,
      'Same-day for fever, jaundice or dark urine; emergency for unremitting pain or confusion (cholangitis).',
      ['statpearls-biliary-colic'],
    ),
    warningSigns: ['B3'],
  },
  {
    id: 'VIS-07',
    group: 'visceral',
    name: { patient: 'Swelling of the pancreas', clinician: 'Acute pancreatitis' },
    keywords: ['pancreatitis', 'pancreas', 'severe stomach pain to back', 'vomiting', 'alcohol', 'gallstones'],
    urgency: 'emergency',
    feelsLike: claim(
      'Severe, constant pain in your upper belly that bores through to your middle back. Leaning forward may ease it. You feel sick and throw up.',
      'Severe, constant epigastric pain boring through to the mid-back, eased by leaning forward, with nausea and vomiting; the classic band radiation is absent in many.',
      ['banks-2013-atlanta', 'statpearls-acute-pancreatitis'],
    ),
    whoItAffects: claim('Mostly people with gallstones or who drink a lot of alcohol.', 'Most commonly gallstones or alcohol.', ['statpearls-acute-pancreatitis']),
    regions: claim('The middle of your back, below the shoulder blades.', 'Midline and paramedian T10–L2, below the interscapular region.', ['statpearls-acute-pancreatitis']),
    involves: secondary(...tLevels(10, 12), ...lLevels(1, 2)),
    whatHelps: claim('This needs hospital care with fluids and pain relief.', 'Hospital management: fluid resuscitation, analgesia, treatment of the cause, severity assessment (revised Atlanta).', [
      'statpearls-acute-pancreatitis',
      'banks-2013-atlanta',
    ]),
    whenToSeeDoctor: claim(
      `Call ${n} or go to the emergency room if you have bad belly pain that goes through to your back. Do this too if you keep throwing up.`,
      'Emergency assessment for severe pain, persistent vomiting, fever or jaundice.',
      ['banks-2013-atlanta', 'statpearls-acute-pancreatitis'],
    ),
    warningSigns: ['A7'],
  },
  {
    id: 'VIS-08',
    group: 'visceral',
    name: { patient: 'Stomach or gut ulcer', clinician: 'Peptic ulcer disease (posterior penetration)' },
    keywords: ['ulcer', 'stomach ulcer', 'burning stomach', 'black stools', 'indigestion'],
    urgency: 'soon',
    feelsLike: claim(
      'A burning pain in your upper belly that is linked to meals. An ulcer at the back of the stomach or gut can be felt in your middle back. A burst ulcer causes sudden, severe pain all over your belly.',
      'Burning epigastric pain related to meals; a posterior duodenal or gastric ulcer penetrating the pancreas can refer to the mid-back; perforation causes sudden severe generalised pain.',
      ['murtagh'],
    ),
    whoItAffects: claim('Adults, more often those who take anti-inflammatory painkillers or have a stomach germ called H. pylori.', 'Adults; NSAID use and Helicobacter pylori infection are the main risk factors.', [
      'murtagh',
    ]),
    regions: claim('The middle of your back, around the lower tips of the shoulder blades.', 'Midline T6–T10.', ['murtagh']),
    involves: secondary(...tLevels(6, 10)),
    whatHelps: claim('A doctor can test for the cause and give medicine that lowers stomach acid.', 'Investigation (H. pylori testing, endoscopy as indicated), acid suppression, eradication therapy, NSAID withdrawal.', [
      'murtagh',
    ]),
    whenToSeeDoctor: claim(
      `See a doctor soon for burning belly pain. Call ${n} if you have sudden, severe belly pain, vomit blood, or pass black stools.`,
      'Routine to soon review; emergency for sudden severe pain (perforation), haematemesis or melaena.',
      ['murtagh'],
    ),
    warningSigns: ['A7'],
  },
  {
    id: 'VIS-09',
    group: 'visceral',
    name: { patient: 'Food pipe problems (reflux, spasm)', clinician: 'Oesophageal disorders (reflux, spasm, rupture, cancer)' },
    keywords: ['heartburn', 'reflux', 'acid reflux', 'food pipe', 'esophagus', 'trouble swallowing', 'burning behind breastbone'],
    urgency: 'soon',
    feelsLike: claim(
      'Burning behind your breastbone, sometimes felt between your shoulder blades. A squeezing chest pain from a food pipe spasm can feel like a heart problem and reach your back. Severe chest or back pain after hard vomiting is an emergency.',
      'Reflux or oesophagitis: retrosternal burning, sometimes interscapular. Oesophageal spasm: squeezing chest pain mimicking angina that may reach the back. Boerhaave rupture after forceful vomiting: severe chest or back pain. Cancer: progressive dysphagia and weight loss.',
      ['murtagh'],
    ),
    whoItAffects: claim('Adults. Reflux is very common. Cancer of the food pipe is more common in older adults and smokers.', 'Adults; reflux is common; oesophageal cancer rises with age, smoking and alcohol.', [
      'murtagh',
    ]),
    regions: claim('The middle of your back, in front of the spine, between and below your shoulder blades.', 'Midline, anterior to the T4–T10 vertebral bodies.', ['murtagh']),
    involves: secondary(...tLevels(4, 10)),
    whatHelps: claim(
      'For reflux, smaller meals, not eating late and medicine that lowers acid can help. A doctor can look into other causes.',
      'Reflux: lifestyle measures and acid suppression; investigate spasm and dysphagia (endoscopy, manometry).',
      ['murtagh'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor soon if you have trouble swallowing or lose weight. Call ${n} for severe chest or back pain after vomiting, or if you vomit blood. New squeezing chest pain needs a heart check first.`,
      'Soon for dysphagia or weight loss; emergency after forceful vomiting or with haematemesis; exclude ACS for new chest pain.',
      ['murtagh', 'gulati-2021-chest-pain-guideline'],
    ),
    warningSigns: ['A7'],
  },
  {
    id: 'VIS-10',
    group: 'visceral',
    name: { patient: 'Lung cancer at the top of the lung', clinician: 'Lung cancer including Pancoast (superior sulcus) tumour' },
    keywords: ['lung cancer', 'Pancoast', 'smoker shoulder pain', 'drooping eyelid', 'weak hand', 'cough with blood'],
    urgency: 'same-day',
    feelsLike: claim(
      'A cough that will not go away, coughing up blood, or weight loss. A growth at the top of the lung can cause shoulder pain that spreads to your armpit and along the inner edge of your shoulder blade. Pain may run down the inner side of your arm to your hand. The hand may get weak. One eyelid may droop and that pupil may be small.',
      'Persistent cough, haemoptysis, weight loss. Pancoast tumour: apical tumour invading the thoracic inlet, with shoulder pain to the axilla and along the medial scapula, ulnar arm and hand pain (C8–T2), intrinsic hand weakness and wasting, Horner syndrome. About 3–5% of lung cancers; often misdiagnosed as musculoskeletal shoulder pain.',
      ['statpearls-pancoast', 'medbullets-pancoast'],
    ),
    whoItAffects: claim('Mostly people who smoke or used to smoke.', 'Predominantly current or former smokers.', ['statpearls-pancoast']),
    regions: claim('The top of the lung, next to your first two ribs, the top corner of your shoulder blade, and the muscles there.', 'Lung apex adjacent to ribs 1–2 and T1–T2; superior angle, rhomboid minor and levator scapulae region.', [
      'statpearls-pancoast',
    ]),
    involves: secondary('levator-scapulae', 'serratus-posterior-superior', 'rhomboid-minor', 'scapula', 'rib-1', 'rib-2', 't1', 't2'),
    whatHelps: claim('This needs scans and care from a cancer team.', 'Urgent chest imaging, tissue diagnosis and multidisciplinary oncology care.', ['statpearls-pancoast']),
    whenToSeeDoctor: claim(
      'Do you smoke, and have pain in your shoulder or shoulder blade that will not go away? See a doctor soon. Go the same day if you also have a weak hand or a drooping eyelid.',
      'Smoker with persistent shoulder or medial scapular pain, hand weakness or Horner signs: urgent chest imaging.',
      ['statpearls-pancoast'],
    ),
    warningSigns: ['B5', 'C2'],
  },
  {
    id: 'VIS-11',
    group: 'visceral',
    name: { patient: 'Cancer that has spread to the spine', clinician: 'Spinal metastases / myeloma' },
    keywords: ['cancer', 'spine cancer', 'bone cancer', 'night pain', 'pain lying down', 'weight loss', 'myeloma'],
    urgency: 'same-day',
    feelsLike: claim(
      'Back pain that is always there and keeps getting worse. It is often worse at night or when you lie flat. It may wrap around you like a band.',
      'Constant, progressive thoracic pain, night pain, pain lying flat, band-like pain.',
      ['nice-ng234'],
    ),
    whoItAffects: claim(
      'People who have or had cancer, mostly of the breast, lung, prostate, kidney or thyroid, or a blood cancer called myeloma. Weight loss is common.',
      'Past or current cancer (breast, lung, prostate, kidney, thyroid) or myeloma; weight loss. The thoracic spine is the most frequent site of spinal metastasis.',
      ['nice-ng234', 'physiopedia-thoracic-red-flags'],
    ),
    regions: claim('The bones of your upper and middle back most often.', 'Vertebral bodies T1–T12 most often.', ['nice-ng234']),
    involves: secondary(...tLevels(1, 12), ...lLevels(1, 5)),
    whatHelps: claim('This needs urgent scans and care from a cancer team.', 'Urgent MRI and oncology-led management under the NICE NG234 pathway.', ['nice-ng234']),
    whenToSeeDoctor: claim(
      `If you have had cancer, see a doctor the same day about new back pain like this. Call ${n} if you have any numbness, weakness, trouble walking or bladder problems.`,
      'New thoracic pain with a cancer history: same-day assessment; any neurological symptom: emergency.',
      ['nice-ng234'],
    ),
    warningSigns: ['A4', 'A9', 'B1', 'C1', 'C2'],
  },
];
