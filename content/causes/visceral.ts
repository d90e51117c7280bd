// Visceral and referred causes (do not miss): VIS-01..11 (anatomy-facts.md §2.3). Every patient text that names
// breathlessness, chest pressure, fainting, coughing up blood, fever with yellow skin or limb weakness says to call
// the emergency number now (tests/content/safety.test.ts).
// These organs are not in the model; they map to the nearest modelled structures, always as "also consider".
// Heart-attack wording follows the copy notes of §3: chest pain is still the most common symptom in women, but
// women more often also have (or only have) other symptoms. The word for "not typical" is never used.
import type { Cause } from '../types';
import { clinic } from '../clinic';
import { claim, secondary, tLevels, lLevels, ribs } from '../claim';
import { callNow, CALL_NOW } from '../emergency';

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
      `Pressure, tightness, heaviness or burning in your chest. It can spread to one or both arms, your neck, jaw, upper belly, back or between your shoulder blades. You may be short of breath, break out in a cold sweat, feel sick, feel dizzy or light-headed, or feel very tired. Chest pain is still the most common sign in women. But women more often also have, or only have, pain in the upper back or between the shoulder blades, shortness of breath, nausea, dizziness or light-headedness, or tiredness that is not normal for them. In women, a dull ache between the shoulder blades with shortness of breath, dizziness or light-headedness can be a heart attack. Any of these signs means: ${callNow}, even with no chest pain.`,
      'Pressure, tightness, heaviness or burning in the chest and/or radiating to one or both arms, neck, jaw, epigastrium, back or the interscapular region; often with dyspnoea, diaphoresis, nausea, light-headedness and unusual fatigue. Women: chest pain or discomfort remains the most common symptom (about 87% of women aged 18–55 in VIRGO), but women more often report additional symptoms, including interscapular or upper back pain, nausea, dyspnoea and fatigue (three or more associated symptoms in 61.9% of women vs 54.8% of men), and more often present without chest pain (NRMI: 42% of women vs 31% of men). In interviews with 76 women after MI, 42% reported shoulder-blade or upper back discomfort during the infarction and 47% in the preceding weeks to months (McSweeney 2001); in a survey of 515 women, 43% recalled no acute chest pain (McSweeney 2003). The 2021 AHA/ACC guideline advises against calling such presentations by a label that implies they are unusual, and against relying on chest-wall tenderness to exclude ACS.',
      ['mehta-2016-aha-women-mi', 'virgo-2018', 'canto-2012-nrmi', 'mcsweeney-2001', 'mcsweeney-2003', 'gulati-2021-chest-pain-guideline'],
    ),
    whoItAffects: claim(
      'Men and women, mostly in middle and older age. Risk is higher if you smoke or have diabetes, high blood pressure or high cholesterol. It is also higher if heart disease runs in your family. Older people, women and people with diabetes are more likely to have a heart attack with no chest pain at all. Younger women with few of these risks can have one too. A tear in the wall of a heart artery (called SCAD) is one cause. It can happen in pregnancy or in the months after giving birth.',
      'Adults with coronary risk factors. Older adults, women and people with diabetes more often present without chest pain (NRMI) or with prominent associated symptoms. Spontaneous coronary artery dissection (SCAD) mainly affects women, often with few conventional risk factors, and is the most common cause of pregnancy-associated MI, in pregnancy and the postpartum months.',
      ['mehta-2016-aha-women-mi', 'canto-2012-nrmi', 'gulati-2021-chest-pain-guideline', 'hayes-2018-aha-scad'],
    ),
    regions: claim(
      'The pain comes from the heart, not from the muscles there. It can be felt in your chest, in the band between your shoulder blades, and in one or both arms, your neck or your jaw.',
      'Visceral referral from the myocardium (not from the overlying muscles) to the chest, the interscapular band (about T1–T6), one or both arms, the neck and the jaw.',
      ['gulati-2021-chest-pain-guideline', 'mehta-2016-aha-women-mi'],
    ),
    involves: secondary(...INTERSCAPULAR_MUSCLES, ...tLevels(1, 6), 'humerus'),
    whatHelps: claim(
      `Call ${n} now. Do not drive yourself. Quick treatment in hospital saves heart muscle and lives.`,
      `Activate EMS (${n}) immediately: prehospital ECG, then reperfusion and guideline-directed therapy. Time to treatment determines myocardial salvage.`,
      ['gulati-2021-chest-pain-guideline'],
    ),
    whenToSeeDoctor: claim(
      `${CALL_NOW} if you have any of these signs, even with no chest pain. This is an emergency. Do not drive yourself. Do not wait to see if it passes. Pain that gets worse when someone presses on a muscle can still be your heart.`,
      `Emergency: activate EMS (${n}) for any of these features; do not wait for chest pain, and do not let chest-wall tenderness or a "muscular" quality exclude ACS.`,
      ['gulati-2021-chest-pain-guideline', 'nice-cg95-chest-pain', 'mehta-2016-aha-women-mi'],
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
      `Sudden, severe pain that is at its worst from the very first moment. It is in your chest, your back, or both, often between your shoulder blades. People often call it sharp. Some say tearing or ripping. The pain may move down your back or into your belly. You may faint, have stroke-like signs, or have a weak pulse in one arm. A leg may turn weak, numb, cold or hard to move. This is an emergency: ${callNow}.`,
      'Abrupt, severe pain maximal at onset in the chest and/or back, often interscapular (especially type B), possibly migrating caudally as the dissection extends. In IRAD "sharp" was reported more often than "tearing or ripping"; severe pain in about 93% (17-year trends). Associated: syncope, stroke-like deficit, pulse or blood-pressure differential, abdominal pain (mesenteric or renal malperfusion), acute limb ischaemia, and leg weakness or paraplegia from spinal cord malperfusion.',
      ['hagan-2000-irad', 'pape-2015-irad', 'thrumurthy-2012-bmj', 'isselbacher-2022-aortic'],
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
    whatHelps: claim(`${CALL_NOW}. This needs emergency care and often surgery.`, 'Emergency imaging (CT angiography), blood-pressure and heart-rate control, surgical or endovascular repair as indicated.', [
      'thrumurthy-2012-bmj',
      'isselbacher-2022-aortic',
    ]),
    whenToSeeDoctor: claim(`${CALL_NOW}. This is an emergency. Do not drive yourself.`, `Emergency: activate EMS (${n}).`, [
      'hagan-2000-irad',
      'thrumurthy-2012-bmj',
      'isselbacher-2022-aortic',
    ]),
    warningSigns: ['A2'],
  },
  {
    id: 'VIS-03',
    group: 'visceral',
    name: { patient: 'Blood clot in the lung', clinician: 'Pulmonary embolism' },
    keywords: ['blood clot', 'clot in lung', 'pulmonary embolism', 'short of breath', 'pain when breathing', 'swollen calf', 'after a long flight'],
    urgency: 'emergency',
    feelsLike: claim(
      `Sudden shortness of breath, and sharp pain in your chest or back when you breathe in. Your heart may race. You may cough up blood or faint. One calf may be swollen. This is an emergency: ${callNow}.`,
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
    whatHelps: claim(`${CALL_NOW}. Hospitals treat clots with blood thinners and sometimes clot-busting drugs.`, 'Emergency assessment; anticoagulation; reperfusion for high-risk PE.', [
      'esc-2019-pe',
    ]),
    whenToSeeDoctor: claim(`${CALL_NOW}. This is an emergency. Do not drive yourself.`, `Emergency: activate EMS (${n}).`, ['esc-2019-pe']),
    warningSigns: ['A3'],
  },
  {
    id: 'VIS-04',
    group: 'visceral',
    name: { patient: 'Inflammation of the sac around the heart', clinician: 'Acute pericarditis' },
    keywords: ['pericarditis', 'sharp chest pain', 'pain better leaning forward', 'pain at the top of the shoulder', 'after a virus'],
    urgency: 'emergency',
    feelsLike: claim(
      `Sharp pain in the middle of your chest. It is worse when you lie flat or breathe in. It eases when you sit up and lean forward. It often spreads to the ridge on top of one or both shoulders. At home you cannot tell this from a heart attack, so new chest pain, pressure or tightness means: ${callNow}.`,
      'Sharp, pleuritic central chest pain, worse supine and on inspiration, eased by sitting forward; characteristic radiation to one or both trapezius ridges (phrenic innervation of the pericardium); friction rub and ECG changes. A first episode cannot be told from ACS without ECG and troponin.',
      ['rcem-pericarditis', 'esc-2015-pericardial', 'gulati-2021-chest-pain-guideline'],
    ),
    whoItAffects: claim('It is often seen in younger adults. It often comes after a cold or flu.', 'Often follows a viral illness; any age, commonly younger adults.', ['esc-2015-pericardial']),
    regions: claim(
      'The ridge of muscle on top of your shoulder. This is above, not between, the shoulder blades.',
      'Upper (descending) trapezius ridge; not interscapular proper.',
      ['rcem-pericarditis'],
    ),
    involves: secondary('trapezius', 'clavicle'),
    whatHelps: claim(
      'A doctor needs to check your heart with a heart tracing (ECG), blood tests and often a scan. Medicine that calms the inflammation is the usual treatment. You will need to rest from hard exercise.',
      'Assessment with ECG, troponin, echocardiography and inflammatory markers; NSAIDs or aspirin with colchicine; restrict strenuous exercise.',
      ['esc-2015-pericardial'],
    ),
    whenToSeeDoctor: claim(
      `${CALL_NOW} for new chest pain, pressure or tightness like this, or if you are short of breath or faint. Do not drive yourself. If a doctor has already told you that you have pericarditis and the same pain comes back, see them the same day. Go to the emergency room if you also have a fever over 38 °C (100.4 °F).`,
      `New acute chest pain: activate EMS (${n}); ACS cannot be excluded without ECG and troponin (AHA/ACC 2021). Dyspnoea, syncope or hypotension (tamponade): emergency. Known recurrent pericarditis with the usual pain: same-day review; fever over 38 °C is a high-risk feature that warrants hospital assessment.`,
      ['gulati-2021-chest-pain-guideline', 'esc-2015-pericardial', 'rcem-pericarditis'],
    ),
    warningSigns: ['A1', 'A8'],
  },
  {
    id: 'VIS-05',
    group: 'visceral',
    name: { patient: 'A collapsed lung, or a lung infection or pleurisy', clinician: 'Pneumothorax / pleurisy / pneumonia' },
    keywords: ['collapsed lung', 'pneumothorax', 'pleurisy', 'pneumonia', 'pain when breathing', 'cough and fever', 'short of breath'],
    urgency: 'emergency',
    feelsLike: claim(
      `Sharp pain on one side when you breathe in, which may be felt in your back. A collapsed lung starts suddenly, often with shortness of breath. Pleurisy and pneumonia come with fever and cough. Pain on breathing with shortness of breath is an emergency: ${callNow}.`,
      'Sudden unilateral pleuritic pain with dyspnoea (pneumothorax); fever and cough with pneumonia or pleurisy; pain may be felt posteriorly.',
      ['murtagh', 'bts-2023-pleural'],
    ),
    whoItAffects: claim(
      'A collapsed lung is more common in tall young men, smokers, people with lung disease and after injury. Pneumonia can affect anyone.',
      'Pneumothorax: tall young men, smokers, underlying lung disease, trauma. Pneumonia: any age.',
      ['murtagh', 'bts-2023-pleural'],
    ),
    regions: claim('The lining of the lung, under the ribs of your back.', 'Pleura under the posterior ribs.', ['murtagh']),
    involves: secondary(...ribs(1, 12)),
    whatHelps: claim(
      'A doctor needs to examine you and may order a chest X-ray. Pneumonia is treated with medicine. A collapsed lung may need a procedure.',
      'Clinical assessment and chest radiography; antibiotics for pneumonia; conservative, ambulatory, aspiration or drainage management of pneumothorax according to symptoms and physiology.',
      ['murtagh', 'bts-2023-pleural', 'nice-cg191-pneumonia'],
    ),
    whenToSeeDoctor: claim(
      `${CALL_NOW} if pain on breathing comes with shortness of breath, a racing heart or coughing up blood, or if your lips look blue or you feel confused. Do not drive yourself. If you have pain on breathing with a fever and a cough, and your breathing is normal, see a doctor the same day.`,
      `Emergency (EMS, ${n}) for pleuritic pain with dyspnoea, tachycardia or haemoptysis, or with hypoxia or confusion (pneumothorax, PE, severe pneumonia); same-day assessment for pleuritic pain with fever and cough and normal breathing.`,
      ['bts-2023-pleural', 'esc-2019-pe', 'nice-cg191-pneumonia', 'murtagh'],
    ),
    warningSigns: ['A3', 'B7'],
  },
  {
    id: 'VIS-06',
    group: 'visceral',
    name: { patient: 'Pain from the gall bladder', clinician: 'Biliary colic / acute cholecystitis' },
    keywords: ['gallbladder', 'gallstones', 'pain under right shoulder blade', 'pain after fatty food', 'right shoulder blade pain', 'biliary colic', 'yellow skin', 'jaundice'],
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
      `${CALL_NOW} if you have a fever or shivering fits with yellow skin or eyes, or if you feel confused. See a doctor the same day if the pain lasts more than a few hours or comes with a fever. New yellow skin or eyes, or dark urine (pee), also need a doctor the same day.`,
      `Emergency (EMS, ${n}) for fever or rigors with jaundice, or confusion or hypotension (acute cholangitis, Tokyo Guidelines 2018); same-day assessment for pain lasting more than a few hours or with fever (cholecystitis), and for new jaundice or dark urine.`,
      ['kiriyama-2018-tokyo-cholangitis', 'statpearls-biliary-colic'],
    ),
    warningSigns: ['A10', 'B3'],
  },
  {
    id: 'VIS-07',
    group: 'visceral',
    name: { patient: 'Pain from an inflamed pancreas', clinician: 'Acute pancreatitis' },
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
    whatHelps: claim('This needs hospital care with fluids and pain relief.', 'Hospital management: fluid resuscitation, analgesia, treatment of the cause, severity assessment (revised Atlanta; ACG 2024).', [
      'statpearls-acute-pancreatitis',
      'banks-2013-atlanta',
      'acg-2024-pancreatitis',
    ]),
    whenToSeeDoctor: claim(
      `${CALL_NOW} if you have bad belly pain that goes through to your back, or if you keep throwing up. Do not drive yourself.`,
      `Emergency: activate EMS (${n}) for severe epigastric pain radiating to the back, persistent vomiting, fever or jaundice.`,
      ['banks-2013-atlanta', 'acg-2024-pancreatitis', 'statpearls-acute-pancreatitis'],
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
      `See a doctor soon for burning belly pain. ${CALL_NOW} if you have sudden, severe belly pain, vomit blood, or pass black stools.`,
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
      `Burning behind your breastbone, sometimes felt between your shoulder blades. A spasm of the food pipe can cause a squeezing chest pain that reaches your back. It feels just like a heart problem, so new squeezing, pressure or tightness in your chest means: ${callNow}. Severe chest or back pain after hard vomiting is also an emergency.`,
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
      `${CALL_NOW} for new squeezing, pressure or tightness in your chest, because a heart attack must be ruled out first. ${CALL_NOW}, too, for severe chest or back pain after vomiting, or if you vomit blood. See a doctor soon if you have trouble swallowing or lose weight.`,
      `New squeezing or pressure-like chest pain: activate EMS (${n}) and exclude ACS first (AHA/ACC 2021). Emergency after forceful vomiting or with haematemesis. Review within 2 weeks for dysphagia or weight loss.`,
      ['murtagh', 'gulati-2021-chest-pain-guideline'],
    ),
    warningSigns: ['A1', 'A7'],
  },
  {
    id: 'VIS-10',
    group: 'visceral',
    name: { patient: 'Lung cancer at the top of the lung', clinician: 'Lung cancer including Pancoast (superior sulcus) tumour' },
    keywords: ['lung cancer', 'Pancoast', 'smoker shoulder pain', 'drooping eyelid', 'weak hand', 'cough with blood'],
    urgency: 'same-day',
    feelsLike: claim(
      `A cough that will not go away, or weight loss. Coughing up blood can be a sign too: ${callNow} if you cough up blood. A growth at the top of the lung can cause shoulder pain that spreads to your armpit and along the inner edge of your shoulder blade. Pain may run down the inner side of your arm to your hand. The hand may get weak. One eyelid may droop and that pupil may be small.`,
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
      `Do you smoke, and have pain in your shoulder or shoulder blade that will not go away? See a doctor soon. Go the same day if you also have a weak hand or a drooping eyelid. ${CALL_NOW} if you cough up blood or are short of breath.`,
      `Smoker with persistent shoulder or medial scapular pain: review within 2 weeks; hand weakness or Horner signs: same-day assessment and urgent chest imaging; haemoptysis or dyspnoea: emergency (EMS, ${n}).`,
      ['statpearls-pancoast', 'bts-2023-pleural'],
    ),
    warningSigns: ['A3', 'B5', 'C2'],
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
      `If you have or had cancer, see a doctor the same day about new back pain like this. ${CALL_NOW} if you get new weakness or numbness in your legs or arms, trouble walking, or bladder or bowel problems.`,
      `New thoracic pain with a cancer history: same-day assessment; any new neurological symptom: emergency (EMS, ${n}; NICE NG234).`,
      ['nice-ng234'],
    ),
    warningSigns: ['A4', 'A9', 'B1', 'C1', 'C2'],
  },
];
