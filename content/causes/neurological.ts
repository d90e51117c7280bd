// Neurological causes: NEU-01..08 (anatomy-facts.md §2.2, with Cloward's areas; NEU-08 from issue 12).
import type { Cause } from '../types';
import { clinic } from '../clinic';
import { claim, primary, secondary, tLevels, ribs } from '../claim';
import { callNow, CALL_NOW, LIMBS, SOON } from '../emergency';

const RHOMBOIDS = ['rhomboid-major', 'rhomboid-minor'];
const SPLENIUS = ['splenius-capitis', 'splenius-cervicis'];
const n = clinic.emergencyNumber;

export const neurological: Cause[] = [
  {
    id: 'NEU-01',
    group: 'neurological',
    name: { patient: 'Pinched nerve in the neck', clinician: 'Cervical radiculopathy (C6–C8) / cervical disc herniation' },
    keywords: ['pinched nerve', 'neck nerve', 'slipped disc in neck', 'tingling in arm', 'numb fingers', 'arm pain', 'pain between shoulder blades and arm', 'radiculopathy'],
    urgency: 'soon',
    feelsLike: claim(
      `Neck pain with a deep ache in or between your shoulder blades. This ache often comes before any arm pain. Later, pain, tingling or weakness may spread down your arm. Tipping your head back or turning it to the sore side may bring it on. If weakness comes on suddenly or gets worse fast, call ${n} now.`,
      'Neck pain with deep scapular or interscapular pain that often precedes arm symptoms (70% in Tanaka\'s series), then arm pain, paraesthesia, weakness and reflex change; extension or rotation toward the painful side may reproduce it. Pain site predicts the root: suprascapular C5/C6; interscapular C7 or C8; over the scapula C8. Mizutamari: C7 deep interscapular pain only; C8 interscapular and scapular, deep and superficial.',
      ['tanaka-2006', 'mizutamari-2010', 'medscape-cervical-discogenic'],
    ),
    whoItAffects: claim('Mostly adults in middle age, often from a disc bulge or wear in the neck.', 'Mainly middle-aged adults; disc herniation or spondylotic foraminal stenosis.', [
      'medscape-cervical-discogenic',
    ]),
    regions: claim(
      'Your neck, the band between your shoulder blades, the inner edge of your shoulder blade, and down your arm.',
      'Lower cervical spine (C6–C8 roots); interscapular band T1–T7; medial border and scapular body.',
      ['tanaka-2006', 'mizutamari-2010'],
    ),
    involves: [
      ...primary('c7'),
      ...secondary(...RHOMBOIDS, 'levator-scapulae', 'serratus-posterior-superior', ...SPLENIUS, 'scapula', 'humerus', ...tLevels(1, 7)),
    ],
    whatHelps: claim(
      'Many people get better over weeks with time, pain relief and staying active. A physical therapist can help. A few people need an injection or surgery.',
      'Most improve with conservative care (analgesia, activity modification, physiotherapy); epidural steroid injection or surgery for persistent or progressive deficit.',
      ['medscape-cervical-discogenic'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient} if you have pain or tingling in one arm. ${LIMBS.slowArm} Go the same day, too, if your hands get clumsy. ${LIMBS.patient}`,
      `Review ${SOON.clinician} when radicular; same-day for one arm weakening gradually or hand clumsiness (possible myelopathy). ${LIMBS.clinician} Neurological symptoms after trauma: emergency.`,
      ['medscape-cervical-discogenic', 'physiopedia-thoracic-red-flags', 'nice-ng234'],
    ),
    warningSigns: ['B6'],
  },
  {
    id: 'NEU-02',
    group: 'neurological',
    name: { patient: 'Neck disc pain felt in the upper back', clinician: "Cervical discogenic pain (Cloward's areas)" },
    keywords: ['neck disc', 'Cloward', 'referred pain from neck', 'pain between shoulder blades from neck', 'disc pain'],
    urgency: 'soon',
    feelsLike: claim(
      'A worn or hurt disc in your neck can cause pain between your shoulder blades, without any arm pain. Which spot hurts depends on which disc is involved. The pain is often on one side, but can be on both.',
      'Cloward (1959): anterocentral disc stimulation gave midline interscapular pain (about C7–T7); anterolateral stimulation gave ipsilateral pain by level: C3–C4 over the C7 spinous process and top of the shoulder; C4–C5 near the scapular spine and superior angle; C5–C6 mid medial border; C6–C7 the inferior angle. Slipman (2005) found interscapular referral from C3–C4 to C6–C7, unilateral as often as bilateral, with heavy overlap.',
      ['cloward-1959', 'slipman-2005'],
    ),
    whoItAffects: claim('Adults with disc wear or injury in the neck.', 'Adults with cervical disc degeneration or injury.', ['slipman-2005', 'medscape-cervical-discogenic']),
    regions: claim(
      'A line down the middle of your upper back. Or spots along the inner edge of your shoulder blade, from its top corner to its lower tip.',
      "Cloward's areas: midline C7–T7, and the ipsilateral medial scapular border from the superior angle to the inferior angle by disc level.",
      ['cloward-1959'],
    ),
    involves: [...primary('c7'), ...secondary('trapezius', ...RHOMBOIDS, 'levator-scapulae', 'scapula', ...tLevels(1, 7))],
    whatHelps: claim(
      'Most disc pain settles over time with staying active, pain relief and physical therapy.',
      'Conservative management as for cervical discogenic pain; interventional options in selected refractory cases.',
      ['medscape-cervical-discogenic'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient} if the pain lasts. ${LIMBS.slowArm} Go the same day, too, if your hands get clumsy. ${LIMBS.patient}`,
      `As NEU-01: review ${SOON.clinician} for persistent pain; same-day for one arm weakening gradually or myelopathic features. ${LIMBS.clinician}`,
      ['medscape-cervical-discogenic', 'physiopedia-thoracic-red-flags', 'nice-ng234'],
    ),
    warningSigns: [],
  },
  {
    id: 'NEU-03',
    group: 'neurological',
    name: { patient: 'Trapped shoulder blade nerve', clinician: 'Dorsal scapular nerve entrapment' },
    keywords: ['dorsal scapular nerve', 'burning shoulder blade', 'nerve pain shoulder blade', 'trapped nerve', 'burning between shoulder blades'],
    urgency: 'routine',
    feelsLike: claim(
      'An aching or burning pain along the inner edge of your shoulder blade. It can spread to your neck, shoulder or arm. The edge of the shoulder blade is tender. The muscles there may be a little weak, and the shoulder blade may stick out slightly.',
      'Aching or burning medial-border pain, sometimes into the neck, shoulder or arm; tenderness along the medial border; possible rhomboid or levator scapulae weakness and subtle winging. Under-recognised.',
      ['muir-2017'],
    ),
    whoItAffects: claim(
      'People who work with their arms up high or lift heavy things. It can also follow a whiplash injury in a car crash.',
      'Compression in a tight or hypertrophied middle scalene, overhead work, heavy lifting, whiplash.',
      ['muir-2017'],
    ),
    regions: claim(
      'The inner edge of your shoulder blade and the muscles there. The nerve runs on their under side. It starts in the side of your neck.',
      'Levator scapulae, rhomboid minor and major, medial border (the nerve runs on their deep surface); middle scalene in the neck.',
      ['muir-2017'],
    ),
    involves: [...secondary('levator-scapulae', ...RHOMBOIDS, 'scapula')],
    whatHelps: claim(
      'Physical therapy, changes to the work that sets it off, and stretching the neck muscles can help. A doctor may suggest an injection if it lasts.',
      'Conservative care (activity modification, physiotherapy, scalene stretching); nerve blocks or other procedures in refractory cases.',
      ['muir-2017'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient} if the muscles get weaker or thinner, or if your shoulder blade starts to stick out.`,
      'Review within 2 weeks for progressive weakness, wasting or winging (Tier C).',
      ['muir-2017'],
    ),
    warningSigns: ['C5'],
  },
  {
    id: 'NEU-04',
    group: 'neurological',
    name: { patient: 'Shingles, a painful rash', clinician: 'Herpes zoster (shingles)' },
    keywords: ['shingles', 'rash', 'blisters', 'burning band', 'nerve pain on one side', 'herpes zoster'],
    urgency: 'same-day',
    feelsLike: claim(
      'A burning, stabbing or itchy band of pain on one side of your body. A few days later, a rash of blisters appears in the same band. The rash stops at the middle of your back. Before the rash, it can feel like a muscle, lung or heart problem.',
      'Burning, stabbing or itching unilateral dermatomal pain, typically 1–3 days (sometimes longer) before a vesicular rash that respects the midline; thoracic dermatomes are the most often affected. Before the rash it can be mistaken for pleurisy, angina or a musculoskeletal problem. Risk of post-herpetic neuralgia.',
      ['msd-herpes-zoster'],
    ),
    whoItAffects: claim('Anyone who has had chickenpox, most of all older people and those with a weak immune system.', 'Older and immunosuppressed patients (reactivation of varicella-zoster virus).', [
      'msd-herpes-zoster',
    ]),
    regions: claim('A strip of skin from your spine around to the front of your chest on one side.', 'Thoracic dermatome band (commonly T1–T7 in this region) from the spine round to the front; skin, not muscle.', [
      'msd-herpes-zoster',
    ]),
    involves: [...primary('skin'), ...secondary(...ribs(1, 12))],
    whatHelps: claim(
      'Antiviral medicine works best if you start it within about three days of the rash. Pain relief helps. A vaccine lowers the chance of getting shingles.',
      'Antivirals are most effective started within about 72 hours of rash onset; analgesia and neuropathic agents; vaccination reduces incidence.',
      ['msd-herpes-zoster'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor the same day if you have a burning band of pain with a rash. Go right away, not later in the day, if the rash is near your eye or the tip of your nose, if it is all over your body, or if you have a weak immune system. ${CALL_NOW} if you feel confused or cannot stay awake.`,
      `Same-day assessment for antivirals; immediate assessment for ophthalmic involvement (rash near the eye or nasal tip), immunosuppression or disseminated rash; confusion or reduced consciousness (possible encephalitis): emergency (EMS, ${n}).`,
      ['msd-herpes-zoster'],
    ),
    warningSigns: ['B4'],
  },
  {
    id: 'NEU-05',
    group: 'neurological',
    name: { patient: 'Itchy, burning patch by the shoulder blade', clinician: 'Notalgia paraesthetica' },
    keywords: ['itchy back', 'itch between shoulder blades', 'burning patch', 'dark patch on back', 'notalgia'],
    urgency: 'routine',
    feelsLike: claim(
      'A patch of skin beside your shoulder blade itches, burns or tingles for a long time. The skin there may look darker from scratching.',
      'Chronic itch, burning or paraesthesia in a patch medial to the scapula, often with a hyperpigmented patch.',
      ['muir-2017'],
    ),
    whoItAffects: claim('Adults. It is thought to come from irritated nerve branches in the upper back.', 'Adults; linked to the dorsal rami of T2–T6 and discussed alongside dorsal scapular nerve neuropathy.', [
      'muir-2017',
    ]),
    regions: claim('The skin between your spine and the inner edge of your shoulder blade.', 'Skin medial to the scapula, T2–T6 dermatomes.', ['muir-2017']),
    involves: [...primary('skin'), ...secondary(...tLevels(2, 6))],
    whatHelps: claim(
      'Exercise for the upper back and treatment of a nerve problem in the spine may help. A doctor can suggest creams or other treatment.',
      'Exercise and treatment of a possible neuropathic or spinal contributor; topical therapies as directed by a clinician.',
      ['muir-2017'],
    ),
    whenToSeeDoctor: claim('See a doctor if it bothers you, or if the patch changes or bleeds.', 'Routine review; examine any changing or bleeding skin lesion.', ['muir-2017']),
    warningSigns: [],
  },
  {
    id: 'NEU-06',
    group: 'neurological',
    name: { patient: 'Pinched nerve in the upper back', clinician: 'Thoracic radiculopathy (disc, diabetes, zoster)' },
    keywords: ['band of pain', 'pain around the chest', 'nerve pain', 'thoracic nerve', 'diabetes nerve pain'],
    urgency: 'soon',
    feelsLike: claim(
      'A band of pain from your spine around your chest or belly, on one side. It can feel like a heart or belly problem.',
      'Band-like dermatomal pain from the spine round the chest or abdomen; may mimic cardiac or abdominal disease.',
      ['nhs-ggc-thoracic-radiculopathy', 'aapmr-thoracic-radiculopathy'],
    ),
    whoItAffects: claim('Adults with a disc problem, diabetes or shingles.', 'Adults with thoracic disc disease, diabetic truncal radiculoneuropathy or zoster.', [
      'aapmr-thoracic-radiculopathy',
    ]),
    regions: claim('The path of a nerve that runs along a rib, from your back around to the front.', 'Intercostal nerve course along the ribs.', ['nhs-ggc-thoracic-radiculopathy']),
    involves: [...secondary(...ribs(3, 10), ...tLevels(3, 12), 'skin')],
    whatHelps: claim(
      'Treating the cause, pain relief and time help most people.',
      'Treat the cause (disc, glycaemic control, zoster); neuropathic analgesia.',
      ['aapmr-thoracic-radiculopathy'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient}. ${CALL_NOW} if one or both legs get weak or numb, or your bladder or bowels change. A band of pain in the chest can also come from the heart: new chest pain, pressure or tightness means ${callNow}.`,
      `Clinician review within 2 weeks; emergency (EMS, ${n}) for leg symptoms or sphincter change (cord compression, Tier A) and for new chest pain, pressure or tightness, where ACS must be excluded first (AHA/ACC 2021).`,
      ['nhs-ggc-thoracic-radiculopathy', 'nice-ng234', 'gulati-2021-chest-pain-guideline'],
    ),
    warningSigns: ['A4'],
  },
  {
    id: 'NEU-07',
    group: 'neurological',
    name: { patient: 'Pressure on the spinal cord', clinician: 'Spinal cord compression (tumour, disc, abscess, haematoma)' },
    keywords: ['spinal cord', 'weak legs', 'numb legs', 'bladder problems', 'cord compression', 'cannot walk'],
    urgency: 'emergency',
    feelsLike: claim(
      `Back pain or a band of pain that keeps getting worse. One or both legs may feel weak, numb, tingly or unsteady. Your bladder or bowels may change. This is an emergency: ${callNow}.`,
      'Progressive back or band-like pain with unilateral or bilateral leg weakness, sensory loss, ataxia or sphincter disturbance; deficits are often asymmetric at first.',
      ['nice-ng234'],
    ),
    whoItAffects: claim(
      'People with cancer, a spine infection, or a large disc problem. People on blood thinners can rarely bleed around the cord.',
      'Metastatic disease, epidural abscess, large disc herniation; epidural haematoma on anticoagulants or antiplatelets.',
      ['nice-ng234', 'murtagh'],
    ),
    regions: claim('The spinal canal of your upper and middle back.', 'Thoracic spinal canal.', ['nice-ng234']),
    involves: [...secondary(...tLevels(1, 12), 'c7')],
    whatHelps: claim('You need scans and care in a hospital right away.', 'Emergency whole-spine MRI and definitive treatment (steroids, surgery or radiotherapy as indicated).', [
      'nice-ng234',
    ]),
    whenToSeeDoctor: claim(`${CALL_NOW}. This is an emergency. Do not drive yourself.`, `Emergency: activate EMS (${n}); emergency whole-spine MRI (NICE NG234).`, ['nice-ng234']),
    warningSigns: ['A4', 'A9'],
  },
  {
    id: 'NEU-08',
    group: 'neurological',
    name: { patient: 'Sudden nerve pain and a weak shoulder (Parsonage–Turner syndrome)', clinician: 'Neuralgic amyotrophy (Parsonage–Turner syndrome)' },
    keywords: ['Parsonage-Turner', 'neuralgic amyotrophy', 'brachial neuritis', 'sudden severe shoulder pain', 'shoulder pain at night', 'winged shoulder blade', 'weak shoulder after pain', 'brachial plexus'],
    urgency: 'same-day',
    feelsLike: claim(
      `Sudden, very bad pain in your shoulder, shoulder blade or arm, often starting at night. Normal pain pills barely help. Over days to weeks the pain eases. Then some muscles around your shoulder or arm may get weak or thin, and your shoulder blade may stick out. Call ${n} now (your local emergency number) if weakness comes on suddenly or gets worse fast, or if a leg or both arms become weak or numb.`,
      'Acute, severe, often nocturnal neuropathic pain in the shoulder girdle (scapular region, shoulder, upper arm), poorly responsive to simple analgesia and lasting days to weeks, followed by patchy multifocal paresis and atrophy in a brachial plexus distribution, most often upper plexus (long thoracic, suprascapular, axillary nerves). Scapular winging in about two-thirds; sensory loss usually modest; phrenic nerve or lumbosacral plexus involvement in some. Recovery takes months to years and is often incomplete.',
      ['van-alfen-2011', 'van-eijk-2016'],
    ),
    whoItAffects: claim(
      'Mostly adults. Men get it a little more often than women. It often follows an infection, surgery, a vaccine, having a baby or very hard exercise. A rare form runs in families and can come back.',
      'Incidence about 1 per 1,000 in a recent prospective estimate, far above older figures; male to female about 3:2. Antecedent infection, vaccination, surgery, childbirth or strenuous exercise in many; hereditary form (autosomal dominant, SEPT9 mutation in about 55% of families) with recurrent attacks.',
      ['van-alfen-2011', 'van-eijk-2016'],
    ),
    regions: claim(
      'Your shoulder, your shoulder blade and the top of your arm, most often on one side, and more often the right.',
      'Shoulder girdle and upper limb in a brachial plexus distribution; periscapular muscles (serratus anterior, supraspinatus, infraspinatus, deltoid, sometimes trapezius); right side more often; sometimes both sides.',
      ['van-alfen-2011'],
    ),
    involves: secondary('scapula', 'trapezius', 'rhomboid-major', 'rhomboid-minor', 'levator-scapulae', 'humerus', 'clavicle'),
    whatHelps: claim(
      'Strong pain relief is often needed at first. If you see a doctor in the first weeks, a short course of steroid tablets may help. Physical therapy that retrains how your shoulder blade moves helps you recover. Recovery is slow, over months to years. Some people never get all their strength back in that arm.',
      'Adequate analgesia (often an NSAID with an opioid); a short high-dose oral corticosteroid course if seen early while still in pain; multidisciplinary rehabilitation focused on scapular coordination and energy management. NA is a clinical diagnosis; EMG and MRI serve to support it and to exclude other causes.',
      ['van-eijk-2016'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor the same day for sudden, severe shoulder or arm pain that you cannot explain. A doctor needs to check for a heart problem, a stroke or a pinched nerve in your neck. ${LIMBS.slowArm} ${LIMBS.patient} ${CALL_NOW}, too, if the pain comes with chest pressure or shortness of breath.`,
      `Same-day assessment, including for weakness developing gradually over days. ${LIMBS.clinician} Shoulder pain with chest pressure or dyspnoea: EMS, as ACS cannot be excluded.`,
      ['van-eijk-2016', 'gulati-2021-chest-pain-guideline', 'nice-ng234'],
    ),
    warningSigns: ['C5'],
  },
];
