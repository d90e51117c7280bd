// Musculoskeletal causes of pain between the shoulder blades: MSK-01..16 (anatomy-facts.md §2.1; MSK-13..16 from issue 12).
// Involvement follows the click-through map (§2.6): "show first" = primary, "also consider" = secondary.
import type { Cause } from '../types';
import { clinic } from '../clinic';
import { callNow, CALL_NOW, LIMBS, NOT_SETTLING, SOON } from '../emergency';
import { claim, primary, secondary, tLevels, lLevels, ribs, ERECTOR_SPINAE, TRANSVERSOSPINALES_AND_SEGMENTAL } from '../claim';

const RHOMBOIDS = ['rhomboid-major', 'rhomboid-minor'];
const SPLENIUS = ['splenius-capitis', 'splenius-cervicis'];

const selfCare = {
  patient:
    'Keep moving gently and stay as active as you can. Warmth on the sore area can ease it. Take short breaks to move if you sit a lot. Ask a pharmacist which pain reliever is safe for you. A physical therapist can show you exercises.',
  clinician:
    'Reassurance and graded activity; local heat; regular movement breaks; simple analgesia where appropriate; physiotherapy with mobility and scapular and thoracic strengthening exercises when symptoms persist.',
} as const;

/**
 * What makes pain that seems to come from a muscle or joint more urgent, the same in every muscle and joint cause:
 * a big injury or fever with bad or worsening spine pain (Tier A: A5, A6), weight loss or night pain (Tier C: C1, C2).
 */
const notJustMuscle = {
  patient: `${CALL_NOW} if the pain started with a big injury, such as a car crash or a fall from a height. ${CALL_NOW}, too, if you have a fever or chills with bad or worsening back pain. See a doctor ${SOON.patient} if you lose weight without trying or the pain wakes you at night.`,
  clinician: `Major trauma (A5) or fever with severe or progressive spinal pain (A6): EMS (${clinic.emergencyNumber}). Unexplained weight loss or night pain: review ${SOON.clinician} (Tier C).`,
} as const;

export const musculoskeletal: Cause[] = [
  {
    id: 'MSK-01',
    group: 'musculoskeletal',
    name: { patient: 'Muscle strain', clinician: 'Musculoligamentous strain or overuse' },
    keywords: ['muscle strain', 'pulled muscle', 'lifting', 'sport', 'gym', 'sore muscle', 'slept wrong', 'pain between shoulder blades after lifting', 'upper back strain'],
    urgency: 'routine',
    feelsLike: claim(
      'A dull ache or a sharp catch in your upper back. It often starts after lifting, sport, new kinds of work or an awkward night. The muscle is sore to touch. Some moves make it worse.',
      'Dull ache or sharp catch after lifting, sport, unaccustomed work or an awkward night; focal muscle tenderness; pain with specific movements; usually improves over days to a few weeks.',
      ['murtagh'],
    ),
    whoItAffects: claim(
      'Anyone. It is one of the most common causes of pain between the shoulder blades. It often follows heavy lifting, sport or a sudden new task.',
      'All ages; among the commonest presentations of interscapular pain in general practice, typically after lifting, sport or unaccustomed activity.',
      ['murtagh', 'physiopedia-thoracic-red-flags'],
    ),
    regions: claim(
      'The muscles between and around your shoulder blades and beside your spine in the middle back.',
      'Rhomboids, middle and lower trapezius, levator scapulae, latissimus dorsi and the thoracic erector spinae.',
      ['murtagh'],
    ),
    involves: [
      ...primary('trapezius', 'latissimus-dorsi', 'serratus-posterior-inferior', ...ERECTOR_SPINAE),
      ...secondary(...RHOMBOIDS, 'levator-scapulae'),
    ],
    whatHelps: claim(
      `${selfCare.patient} Most strains get better in days to a few weeks.`,
      `${selfCare.clinician} Most settle within days to a few weeks.`,
      ['murtagh'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor if it is no better after ${NOT_SETTLING.patient}. ${notJustMuscle.patient} Pain that feels like a muscle can still come from the heart, so check the warning signs.`,
      `Review if no improvement by about ${NOT_SETTLING.clinician} (the Tier C review point). ${notJustMuscle.clinician} Reproducible muscle tenderness does not exclude a cardiac or aortic cause.`,
      ['murtagh', 'physiopedia-thoracic-red-flags', 'gulati-2021-chest-pain-guideline'],
    ),
    warningSigns: ['C1'],
  },
  {
    id: 'MSK-02',
    group: 'musculoskeletal',
    name: { patient: 'Ache from staying in one posture', clinician: 'Sustained-posture pain (upper crossed syndrome model)' },
    keywords: ['posture', 'slouching', 'desk', 'computer', 'screen', 'phone', 'text neck', 'hunched', 'rounded shoulders', 'standing all day', 'ache between shoulder blades at work'],
    urgency: 'routine',
    feelsLike: claim(
      'An ache that builds up when you stay in one position for hours, such as sitting, standing or looking at a screen. It eases when you move around or change position.',
      'Ache that builds with prolonged static sitting, standing or screen use and eases with movement or a change of position. A forward head, rounded shoulders and increased thoracic kyphosis are often described, but they are common in people without pain too.',
      ['janda-crossed-syndromes', 'ludewig-reynolds-2009', 'slater-2019-posture'],
    ),
    whoItAffects: claim(
      'People who sit at a desk or stand in one spot for long hours, and people who spend a lot of time on a phone or laptop. Studies find only weak links between posture and pain. There is no one right way to sit or stand.',
      'Desk and screen workers and others in sustained static postures. Janda\'s model: tight upper trapezius, levator scapulae and pectorals; weak deep neck flexors, lower trapezius, serratus anterior and rhomboids. Evidence that this pattern, or any particular posture, causes spinal pain is limited and inconsistent: present it as a model, not a diagnosis, and avoid blaming the patient\'s posture.',
      ['janda-crossed-syndromes', 'ludewig-reynolds-2009', 'slater-2019-posture'],
    ),
    regions: claim(
      'The top of your shoulders and neck feel tight. The muscles between your shoulder blades get stretched and tired.',
      'In Janda\'s model: upper trapezius and levator scapulae (shortened); middle and lower trapezius and rhomboids (lengthened); T1–T6 kyphosis; protracted, anteriorly tilted scapula.',
      ['janda-crossed-syndromes', 'ludewig-reynolds-2009'],
    ),
    involves: [
      ...primary('trapezius', 'levator-scapulae', ...RHOMBOIDS, ...SPLENIUS),
      ...secondary(...tLevels(1, 6), 'scapula'),
    ],
    whatHelps: claim(
      'Change position often and take short breaks to move. No single way of sitting is right or wrong, so choose what feels comfortable. Exercise for your upper back and shoulders can ease the ache. A physical therapist can help you plan it.',
      'Reassurance that no single posture is correct or harmful; frequent position change and movement breaks; a comfortable workstation; general exercise with thoracic mobility and scapular strengthening; physiotherapy. Evidence that correcting posture relieves pain is limited.',
      ['slater-2019-posture', 'janda-crossed-syndromes'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor if the pain is no better after ${NOT_SETTLING.patient} of moving more and changing position. See one ${SOON.patient} if it wakes you at night.`,
      `Review if symptoms persist beyond ${NOT_SETTLING.clinician} despite position change and activity; night pain or other red flags: review ${SOON.clinician} (Tier C). Posture alone carries no red flags.`,
      ['physiopedia-thoracic-red-flags'],
    ),
    warningSigns: [],
  },
  {
    id: 'MSK-03',
    group: 'musculoskeletal',
    name: { patient: 'Muscle knots (trigger points)', clinician: 'Myofascial pain syndrome (trigger points)' },
    keywords: ['knot', 'knots', 'trigger point', 'tight muscle', 'muscle knot between shoulder blades', 'tender spot', 'stress'],
    urgency: 'routine',
    feelsLike: claim(
      'A deep ache with a tight, tender band in the muscle. Pressing on the spot brings on your usual pain. The pain may spread to a nearby area. Stress and staying in one position may keep it going.',
      'Deep aching with a tender taut band whose compression reproduces the familiar pain, often with a referral zone; perpetuated by stress and sustained postures. Palpation reliability is modest and the mechanism is debated: say "can refer", not "causes".',
      ['travell-simons-1999', 'dommerholt-huijbregts-2011'],
    ),
    whoItAffects: claim(
      'Adults of any age, often people who hold one posture for a long time or who are under stress.',
      'Common in adults with sustained postures, repetitive load and psychological stress.',
      ['travell-simons-1999'],
    ),
    regions: claim(
      'The muscles of your upper back. Most often these are the trapezius, the rhomboids and the muscle that lifts your shoulder blade.',
      'Middle and lower trapezius, rhomboids, levator scapulae, serratus posterior superior, latissimus dorsi, iliocostalis thoracis and multifidus.',
      ['travell-simons-1999'],
    ),
    involves: [
      ...primary('trapezius', 'latissimus-dorsi', ...RHOMBOIDS, 'levator-scapulae', 'serratus-posterior-superior', ...SPLENIUS),
      ...secondary('iliocostalis', 'multifidus'),
    ],
    whatHelps: claim(
      'Warmth, gentle stretching and staying active can help. Pressure or massage on the spot helps some people. Handling stress and changing position often may stop it coming back.',
      'Heat, stretching, activity, manual pressure or massage; some clinicians use dry needling or injection. Address perpetuating factors (posture, stress). Evidence for specific techniques is mixed.',
      ['travell-simons-1999', 'dommerholt-huijbregts-2011'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor if it is no better after ${NOT_SETTLING.patient} or keeps coming back. See one if you ache all over and feel very tired, as this may be something else.`,
      `Review if no improvement by ${NOT_SETTLING.clinician} (the Tier C review point) or if recurrent; widespread pain with fatigue suggests fibromyalgia (OTH-01).`,
      ['travell-simons-1999', 'acr-fibromyalgia-criteria'],
    ),
    warningSigns: [],
  },
  {
    id: 'MSK-04',
    group: 'musculoskeletal',
    name: { patient: 'Strained muscle between the shoulder blades (rhomboid)', clinician: 'Rhomboid or middle trapezius strain' },
    keywords: ['rhomboid strain', 'pulled rhomboid', 'rowing', 'throwing', 'overhead work', 'pain along the shoulder blade', 'between shoulder blades'],
    urgency: 'routine',
    feelsLike: claim(
      'Pain along the inner edge of your shoulder blade. It is worse when you squeeze your shoulder blades together against a load, or reach across your body.',
      'Medial-border pain, worse with resisted scapular retraction and with reaching across the body.',
      ['travell-simons-1999'],
    ),
    whoItAffects: claim('People who row, throw, swim or work with their arms above their head.', 'Rowing, throwing and overhead workers and athletes.', [
      'travell-simons-1999',
    ]),
    regions: claim(
      'The strip of muscle between your spine and the inner edge of your shoulder blade.',
      'Rhomboid major and minor, middle trapezius, medial border of the scapula.',
      ['travell-simons-1999'],
    ),
    involves: [...primary(...RHOMBOIDS), ...secondary('trapezius', 'scapula')],
    whatHelps: claim(
      `Rest from the move that set it off for a short while. ${selfCare.patient}`,
      `Relative rest from the provoking activity, then ${selfCare.clinician.charAt(0).toLowerCase()}${selfCare.clinician.slice(1)}`,
      ['murtagh'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor if it is no better after ${NOT_SETTLING.patient}. ${notJustMuscle.patient} A deep, burning pain here can come from a pinched nerve, so tell your doctor about it.`,
      `Review if no improvement by ${NOT_SETTLING.clinician} (the Tier C review point). ${notJustMuscle.clinician} Deep or burning medial-border pain suggests radicular (C7/C8) or dorsal scapular nerve pain.`,
      ['murtagh', 'muir-2017', 'tanaka-2006', 'physiopedia-thoracic-red-flags'],
    ),
    warningSigns: ['C1'],
  },
  {
    id: 'MSK-05',
    group: 'musculoskeletal',
    name: { patient: 'Shoulder blade that sits or moves differently', clinician: 'Scapular dyskinesis and scapulothoracic disorders' },
    keywords: ['winged scapula', 'shoulder blade sticking out', 'snapping scapula', 'grinding shoulder blade', 'clicking shoulder blade'],
    urgency: 'routine',
    feelsLike: claim(
      'Your shoulder blade sits or moves oddly. Its inner edge may stick out, or you may shrug early when you lift your arm. It often comes with shoulder pain. Some people feel grinding or snapping under the shoulder blade.',
      'Altered resting position or motion (prominent medial border, early shrugging, winging), often with shoulder pain; snapping scapula or scapulothoracic bursitis gives crepitus and pain at the superomedial or inferior angle.',
      ['kibler-2013', 'ludewig-reynolds-2009', 'struyf-2011'],
    ),
    whoItAffects: claim(
      'People with shoulder problems and those who do a lot of overhead sport or work.',
      'Patients with shoulder pathology (impingement, instability) and overhead athletes and workers.',
      ['kibler-2013', 'struyf-2011'],
    ),
    regions: claim('Your shoulder blade, mainly its top and bottom corners, and the muscles that hold it.', 'Scapula (superior and inferior angles), serratus anterior, trapezius, rhomboids, levator scapulae.', [
      'kibler-2013',
    ]),
    involves: [...primary('scapula'), ...secondary('trapezius', ...RHOMBOIDS, 'levator-scapulae')],
    whatHelps: claim(
      'Exercises that train the muscles around the shoulder blade usually help. A physical therapist can guide you.',
      'Scapular stabilisation and motor-control rehabilitation within shoulder rehabilitation.',
      ['kibler-2013'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient} if your shoulder blade starts to stick out in a new way, or the muscles around it look thinner. It is not an emergency, but a nerve may be hurt.`,
      `New, obvious winging or periscapular wasting warrants review ${SOON.clinician} (Tier C) for long thoracic, spinal accessory or dorsal scapular nerve injury; not an emergency.`,
      ['kibler-2013', 'muir-2017'],
    ),
    warningSigns: ['C5'],
  },
  {
    id: 'MSK-06',
    group: 'musculoskeletal',
    name: { patient: 'Sore spine joints', clinician: 'Thoracic facet (zygapophyseal) joint pain' },
    keywords: ['facet joint', 'stiff back', 'back joint', 'spine joint pain', 'pain beside the spine', 'upper back stiffness'],
    urgency: 'routine',
    feelsLike: claim(
      'An ache just beside the middle of your back, with stiffness. It hurts more when you bend back or twist. Joints at the top of your back can send pain up over your shoulder blade.',
      'Paramedian ache and stiffness, worse with extension and rotation. C7–T1 to T2–T3 joints refer to the suprascapular area, superior angle and mid-scapular region; mid-thoracic joints refer locally and about one level down, with heavy overlap.',
      ['dreyfuss-1994', 'fukui-1997'],
    ),
    whoItAffects: claim('Adults, often along with stiffness that comes with age.', 'Adults; often with degenerative change.', ['dreyfuss-1994', 'murtagh']),
    regions: claim(
      'The small joints at the back of the spine in your upper and middle back, and the deep muscles next to them.',
      'T1–T8 facet region; multifidus and rotatores; paraspinal strip 1–3 cm from the midline.',
      ['dreyfuss-1994', 'fukui-1997'],
    ),
    involves: [
      ...primary(...tLevels(1, 12), ...ERECTOR_SPINAE, ...TRANSVERSOSPINALES_AND_SEGMENTAL),
      ...secondary('c7'),
    ],
    whatHelps: claim(selfCare.patient, `${selfCare.clinician} Manual therapy may help some patients.`, ['murtagh']),
    whenToSeeDoctor: claim(
      `See a doctor if it is no better after ${NOT_SETTLING.patient}. ${notJustMuscle.patient} See a doctor the same day if the pain started after a small fall and your bones may be thin.`,
      `Review if no improvement by ${NOT_SETTLING.clinician}. ${notJustMuscle.clinician} New pain after minor trauma with osteoporosis: same-day assessment (B2).`,
      ['physiopedia-thoracic-red-flags'],
    ),
    warningSigns: [],
  },
  {
    id: 'MSK-07',
    group: 'musculoskeletal',
    name: { patient: 'Rib joint sprain', clinician: 'Costovertebral or costotransverse joint dysfunction' },
    keywords: ['rib out', 'rib out of place', 'rib sprain', 'rib joint', 'pain when breathing in', 'sharp pain next to shoulder blade', 'rib pain in back'],
    urgency: 'routine',
    feelsLike: claim(
      'A sharp pain a few fingers from the middle of your back, where a rib meets the spine. It is worse when you breathe in deeply, cough or twist. It may wrap around your chest.',
      'Sharp pain 3–5 cm from the midline at a rib angle or transverse process, worse with deep inspiration, cough and twisting; may wrap round the chest and mimic visceral pain. Experimental injection produces a local deep ache.',
      ['young-2008', 'benhamou-1993'],
    ),
    whoItAffects: claim('Adults, often after twisting, lifting or a bout of coughing.', 'Adults; often after rotation, lifting or coughing.', ['young-2008']),
    regions: claim('The joints where your ribs meet your spine, most often the second to tenth ribs.', 'Rib heads and tubercles of ribs 2–10, transverse processes, levatores costarum, iliocostalis.', [
      'young-2008',
      'benhamou-1993',
    ]),
    involves: [
      ...primary(...ribs(1, 12), ...ERECTOR_SPINAE, ...TRANSVERSOSPINALES_AND_SEGMENTAL),
      ...secondary(...tLevels(2, 10)),
    ],
    whatHelps: claim(selfCare.patient, `${selfCare.clinician} Manual therapy may help some patients.`, ['murtagh']),
    whenToSeeDoctor: claim(
      `${CALL_NOW} if the pain on breathing comes with shortness of breath, a racing heart or coughing up blood. See a doctor the same day if it comes with a fever and a cough. Otherwise, see a doctor if it is no better after ${NOT_SETTLING.patient}.`,
      `Pleuritic pain with dyspnoea, tachycardia or haemoptysis: activate EMS (${clinic.emergencyNumber}) to exclude PE and pneumothorax (Tier A). With fever and cough: same-day assessment for pneumonia (Tier B). Otherwise review if no improvement by ${NOT_SETTLING.clinician} (Tier C).`,
      ['young-2008', 'esc-2019-pe', 'bts-2023-pleural', 'nice-cg191-pneumonia', 'physiopedia-thoracic-red-flags'],
    ),
    warningSigns: ['A3', 'B7', 'C1'],
  },
  {
    id: 'MSK-08',
    group: 'musculoskeletal',
    name: { patient: 'Slipped disc in the middle back', clinician: 'Thoracic disc herniation' },
    keywords: ['slipped disc', 'herniated disc', 'bulging disc', 'thoracic disc', 'band of pain around chest', 'disc'],
    urgency: 'soon',
    feelsLike: claim(
      `Pain in your middle back, or a band of pain around your chest or belly. Rarely it presses on the spinal cord. Then one or both legs may feel weak, stiff or numb, or your bladder may change. That is an emergency: ${callNow}.`,
      'Axial mid-back pain, band-like thoracic radicular pain, or myelopathy (leg weakness, spasticity, gait change, bladder dysfunction).',
      ['statpearls-thoracic-discogenic', 'nhs-ggc-thoracic-radiculopathy'],
    ),
    whoItAffects: claim(
      'It is uncommon. Most happen in the lower part of the middle back. Many disc bulges seen on scans cause no pain at all.',
      'Uncommon: about 0.25–0.75% of disc herniations (to about 4%); about three-quarters below T8, T11–T12 commonest; many are incidental on MRI.',
      ['statpearls-thoracic-discogenic', 'wood-1995'],
    ),
    regions: claim('The discs of your middle back, mostly below the shoulder blades.', 'Thoracic discs, mostly T8–T12 (below the interscapular region), with paraspinal muscles.', [
      'statpearls-thoracic-discogenic',
    ]),
    involves: [...primary(...tLevels(1, 12)), ...secondary(...TRANSVERSOSPINALES_AND_SEGMENTAL)],
    whatHelps: claim(
      'Most people get better with time, staying active and pain relief. A doctor may suggest physical therapy. Surgery is needed only when the spinal cord is pressed.',
      'Most are managed conservatively (analgesia, activity, physiotherapy); surgery is reserved for myelopathy or intractable radicular pain.',
      ['statpearls-thoracic-discogenic'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient} about band-like pain. ${CALL_NOW} if one or both legs get weak or numb, you become unsteady, or your bladder or bowels change.`,
      `Review ${SOON.clinician} for axial or radicular pain; any new leg weakness or numbness (one or both legs), gait disturbance or sphincter change is an emergency (Tier A).`,
      ['statpearls-thoracic-discogenic', 'nice-ng234'],
    ),
    warningSigns: ['A4'],
  },
  {
    id: 'MSK-09',
    group: 'musculoskeletal',
    name: { patient: 'Cracked spine bone from thin bones', clinician: 'Osteoporotic vertebral compression fracture' },
    keywords: ['compression fracture', 'osteoporosis', 'broken back', 'cracked vertebra', 'thin bones', 'losing height', 'hunchback', 'steroids'],
    urgency: 'same-day',
    feelsLike: claim(
      'Sudden sharp pain in the middle of your back after a small strain, like lifting, coughing or a fall from standing. One spot on your spine is very tender. Over time you may lose height or stoop more.',
      'Sudden sharp midline pain after little or no trauma (lifting, coughing, fall from standing), point tenderness over a spinous process, height loss and increasing kyphosis.',
      ['statpearls-vertebral-compression-fractures'],
    ),
    whoItAffects: claim(
      'Older adults and women after their periods have stopped for good. Also people who have taken steroid pills for a long time.',
      'Older adults, postmenopausal women and patients on long-term glucocorticoids. Most occur at the thoracolumbar junction (T11–L2); the mid-thoracic spine (about T7–T8) is a second cluster.',
      ['statpearls-vertebral-compression-fractures', 'spiegl-2022'],
    ),
    regions: claim('The bones of your middle and lower back, most often at the junction of the middle and lower back.', 'Vertebral bodies T6–L2, spinous processes; thoracolumbar junction most often.', [
      'statpearls-vertebral-compression-fractures',
      'spiegl-2022',
    ]),
    involves: [
      ...primary(...tLevels(1, 12), 'l1', 'l2'),
      ...secondary('latissimus-dorsi', 'serratus-posterior-inferior', ...ERECTOR_SPINAE),
    ],
    whatHelps: claim(
      'A doctor will check the bone, usually with an X-ray, and help with pain. Treating thin bones helps stop more breaks.',
      'Imaging to confirm, analgesia, early mobilisation and osteoporosis treatment; selected patients are considered for bracing or vertebral augmentation.',
      ['statpearls-vertebral-compression-fractures'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor the same day if this pain follows a small fall, lift or cough and you have thin bones, are over 65, or take steroids. If you have or had cancer, see a doctor the same day too. ${CALL_NOW} if you get new weakness or numbness in one or both legs, trouble walking, or bladder or bowel problems.`,
      `Same-day assessment for new pain after minor trauma with osteoporosis, age over 65 or glucocorticoid use (Tier B), and for new pain with a cancer history (possible pathological fracture; B1, NICE NG234). New neurological symptoms: emergency (EMS, ${clinic.emergencyNumber}; Tier A).`,
      ['physiopedia-thoracic-red-flags', 'statpearls-vertebral-compression-fractures', 'nice-ng234'],
    ),
    warningSigns: ['A4', 'B1', 'B2'],
  },
  {
    id: 'MSK-10',
    group: 'musculoskeletal',
    name: { patient: 'A sideways curve of the spine (scoliosis)', clinician: 'Scoliosis' },
    keywords: ['scoliosis', 'curved spine', 'uneven shoulders', 'rib hump', 'crooked back'],
    urgency: 'soon',
    feelsLike: claim(
      'Your spine curves to the side. One shoulder or shoulder blade may be higher. A hump may show over your ribs when you bend forward. Curves in teens are usually painless. Curves in older adults often ache.',
      'Lateral curvature with rotation: uneven shoulders and scapulae, rib hump on forward bending, paraspinal asymmetry. Adolescent idiopathic curves are usually painless; adult degenerative scoliosis often aches.',
      ['statpearls-scoliosis', 'aaos-orthoinfo-scoliosis'],
    ),
    whoItAffects: claim('Teenagers, who are often checked at school or by their doctor, and older adults.', 'Adolescents (idiopathic) and older adults (degenerative).', [
      'statpearls-scoliosis',
    ]),
    regions: claim('The bones of your upper and middle back, your ribs, and the muscles on the outer side of the curve.', 'Thoracic vertebrae T4–T12, ribs (hump), scapular asymmetry, convex-side erector spinae.', [
      'statpearls-scoliosis',
    ]),
    involves: [...secondary(...tLevels(4, 12), ...ribs(4, 10), 'scapula', ...ERECTOR_SPINAE)],
    whatHelps: claim(
      'Many curves only need to be watched. Exercise helps with aches. Some teens need a brace, and a few people need surgery.',
      'Observation for small curves; physiotherapy for symptomatic adult curves; bracing for growing adolescents with progressive curves; surgery for severe or progressive curves.',
      ['statpearls-scoliosis', 'aaos-orthoinfo-scoliosis'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient} if a curve or rib hump is getting worse or hurts. In a teenager, pain, pain at night or a fast-growing curve needs a specialist. ${CALL_NOW} if one or both legs get weak or numb.`,
      `Review ${SOON.clinician} for a progressive or painful curve (Tier C); specialist review for a painful or rapidly progressing curve in an adolescent, a left thoracic curve, night pain or neurological signs.`,
      ['statpearls-scoliosis'],
    ),
    warningSigns: ['C4'],
  },
  {
    id: 'MSK-11',
    group: 'musculoskeletal',
    name: { patient: 'Joints of the spine that stay inflamed (spondyloarthritis)', clinician: 'Ankylosing spondylitis / axial spondyloarthritis' },
    keywords: ['ankylosing spondylitis', 'spondyloarthritis', 'morning stiffness', 'inflammatory back pain', 'stiff back in the morning'],
    urgency: 'soon',
    feelsLike: claim(
      'Back pain that came on slowly and has lasted more than three months. Your back is stiff in the morning. It gets better with exercise, not rest. It may wake you in the second half of the night. Pain between your shoulder blades or in your chest wall can come from the rib joints.',
      'Inflammatory back pain (ASAS: at least 4 of onset before about 40, insidious onset, improvement with exercise, no improvement with rest, night pain). Thoracic and costovertebral enthesitis gives interscapular or chest-wall pain and reduced chest expansion; later fixed kyphosis.',
      ['sieper-2009-asas', 'statpearls-ankylosing-spondylitis'],
    ),
    whoItAffects: claim('Mostly people whose back pain started before the age of about 40 to 45.', 'Onset usually before about 40–45 years.', [
      'sieper-2009-asas',
      'statpearls-ankylosing-spondylitis',
    ]),
    regions: claim('The joints of your spine and where the ribs meet the spine. It often starts in the joints at the base of the spine.', 'Sacroiliac joints, costovertebral and costotransverse joints, thoracic facets, thoracic kyphosis.', [
      'statpearls-ankylosing-spondylitis',
    ]),
    involves: [
      ...primary('sacrum', 'hip-bone'),
      ...secondary(...tLevels(1, 12), ...ribs(1, 12), ...ERECTOR_SPINAE, ...TRANSVERSOSPINALES_AND_SEGMENTAL),
    ],
    whatHelps: claim(
      'Regular exercise helps a lot. A joint doctor can give you medicine that calms the inflammation in your joints.',
      'Regular exercise and physiotherapy; NSAIDs first line; biologic therapy under rheumatology for persistent disease.',
      ['statpearls-ankylosing-spondylitis'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient} if your back is stiff for more than half an hour each morning and gets better with exercise. See a doctor the same day for a painful red eye, or for bad new pain after a small fall.`,
      `Review ${SOON.clinician} (Tier C) and refer for rheumatology assessment; same-day review for a painful red eye (uveitis) or new severe pain after minor trauma in a fused spine (fracture risk).`,
      ['sieper-2009-asas', 'statpearls-ankylosing-spondylitis'],
    ),
    warningSigns: ['C3'],
  },
  {
    id: 'MSK-12',
    group: 'musculoskeletal',
    name: { patient: 'Wear and tear of the upper back', clinician: 'Thoracic spondylosis; T4 syndrome' },
    keywords: ['arthritis', 'wear and tear', 'stiff upper back', 'T4 syndrome', 'pins and needles in both hands'],
    urgency: 'routine',
    feelsLike: claim(
      'Stiffness in your upper back that comes with age. A rare pattern called T4 syndrome adds pins and needles in both hands like a glove, with neck pain, pain around the shoulder blades and headache.',
      'Age-related thoracic stiffness. T4 syndrome: upper thoracic stiffness with glove-like arm paraesthesia, neck and scapular pain and headache; aetiology unclear.',
      ['young-2008', 'murtagh'],
    ),
    whoItAffects: claim('Mostly middle-aged and older adults.', 'Middle-aged and older adults.', ['murtagh']),
    regions: claim('The joints and discs of your upper and middle back, between the shoulder blades.', 'T2–T7 facets and discs.', ['young-2008']),
    involves: [...secondary(...tLevels(2, 7), 'multifidus', 'rotatores')],
    whatHelps: claim(selfCare.patient, `${selfCare.clinician} Manual therapy may help some patients.`, ['murtagh']),
    whenToSeeDoctor: claim(
      `See a doctor if it is no better after ${NOT_SETTLING.patient}. ${notJustMuscle.patient} ${LIMBS.patient}`,
      `Review if no improvement by ${NOT_SETTLING.clinician}. ${notJustMuscle.clinician} ${LIMBS.clinician} Exclude cervical radiculopathy or myelopathy when there is arm paraesthesia.`,
      ['physiopedia-thoracic-red-flags', 'nice-ng234'],
    ),
    warningSigns: [],
  },
  {
    id: 'MSK-13',
    group: 'musculoskeletal',
    name: { patient: "A rounded upper back in teens (Scheuermann's kyphosis)", clinician: "Scheuermann's kyphosis (juvenile kyphosis)" },
    keywords: ['Scheuermann', 'kyphosis', 'round back', 'rounded upper back', 'hunched back', 'hunchback teenager', 'back pain teenager', 'curved upper back'],
    urgency: 'soon',
    feelsLike: claim(
      'Your upper back curves forward more than normal, in a rounded hump. Unlike a slouch, it does not straighten when you stand up tall or lie on your back. It can ache in the middle of your back, often after sport or long sitting, and rest helps. Many people have little or no pain.',
      "Rigid thoracic hyperkyphosis (apex commonly mid-thoracic) that does not correct on active extension, unlike postural roundback, with compensatory cervical and lumbar lordosis; activity-related ache near the apex. Sorensen's criteria: anterior wedging of at least 5° in three adjacent vertebrae, with endplate irregularity, Schmorl nodes and disc-space narrowing.",
      ['wenger-frick-1999', 'lonner-2007-scheuermann'],
    ),
    whoItAffects: claim(
      'It shows up in the teen years, while the spine is still growing. It often runs in families.',
      'Onset in adolescence during the growth spurt; reported prevalence 0.4–10%; familial tendency; no clear sex predilection across series.',
      ['lonner-2007-scheuermann', 'wenger-frick-1999'],
    ),
    regions: claim(
      'The bones of your middle back, where the curve is sharpest, and the long muscles beside them.',
      'Thoracic vertebral bodies around the apex (or the thoracolumbar junction in the lower form); paraspinal muscles.',
      ['wenger-frick-1999'],
    ),
    involves: secondary(...tLevels(4, 12), 'l1', ...ERECTOR_SPINAE),
    whatHelps: claim(
      'Exercise and physical therapy to strengthen your back and stretch tight muscles can ease the ache. A teen who is still growing may need a brace if the curve is large. Surgery is only for very large curves, or pain that does not get better.',
      'Observation and physiotherapy (extensor strengthening, hamstring and pectoral stretching) for mild curves; bracing in skeletally immature patients with larger curves; surgery for progressive kyphosis over about 70°, progression despite bracing, intractable pain or unacceptable deformity.',
      ['lonner-2007-scheuermann', 'wenger-frick-1999'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor ${SOON.patient} if a teen's upper back is rounded and does not straighten, or the curve is getting worse. Back pain in a child or teen that lasts should be checked too. Rarely, the spinal cord is pressed. Call ${clinic.emergencyNumber} now (your local emergency number) if one or both legs become weak, numb or tingly, or bladder control changes.`,
      'Review within 2 weeks with a standing lateral radiograph; new thoracic pain under 20 is itself a red flag (Tier C); neurological signs (rare cord compression, for example from an associated thoracic disc herniation) need emergency imaging.',
      ['wenger-frick-1999', 'physiopedia-thoracic-red-flags'],
    ),
    warningSigns: ['C1', 'C4'],
  },
  {
    id: 'MSK-14',
    group: 'musculoskeletal',
    name: { patient: 'Extra bone that stiffens the spine (DISH)', clinician: 'Diffuse idiopathic skeletal hyperostosis (DISH, Forestier disease)' },
    keywords: ['DISH', 'Forestier', 'stiff spine', 'bone spurs on spine', 'calcified ligament', 'stiff back older', 'trouble swallowing bone spur', 'fused spine'],
    urgency: 'routine',
    feelsLike: claim(
      'Stiffness of your middle back, more than pain. Any ache is often mild and worse in the morning or after rest. Some people have no symptoms and learn about it from an X-ray. Extra bone in the neck can make swallowing hard. A stiff spine breaks more easily, so new pain after even a small fall may be a broken bone.',
      'Flowing ossification of the anterior longitudinal ligament and entheses, usually along the right anterolateral thoracic spine; stiffness, mild mechanical pain and reduced motion, often an incidental radiographic finding; cervical disease can cause dysphagia or airway compromise. Resnick criteria: flowing ossification over at least four contiguous vertebrae, preserved disc height, no facet ankylosis or sacroiliac erosion. The ankylosed spine behaves like a long bone: fractures after low-energy trauma are often unstable, diagnosed late and associated with neurological injury, as in ankylosing spondylitis.',
      ['mader-2017-dish', 'resnick-1976-dish', 'westerveld-2009-ankylosed-spine-fractures'],
    ),
    whoItAffects: claim(
      'Mostly people over 50, and more often men. It is more common in people with type 2 diabetes or obesity.',
      'Average prevalence about 10% over age 50, rising with age; male predominance; associated with obesity, type 2 diabetes and the metabolic syndrome.',
      ['mader-2017-dish', 'westerveld-2009-ankylosed-spine-fractures'],
    ),
    regions: claim(
      'The front and right side of the bones of your middle back, and sometimes your neck and low back.',
      'Anterolateral, usually right-sided, thoracic vertebral bodies; cervical and lumbar spine less often; peripheral entheses.',
      ['mader-2017-dish', 'resnick-1976-dish'],
    ),
    involves: secondary(...tLevels(1, 12), 'c7', 'l1', 'l2'),
    whatHelps: claim(
      'Staying active, gentle stretching and pain relief help the stiffness. Treating diabetes, weight and blood pressure is good for your health. Surgery is rarely needed, for example when bone in the neck blocks swallowing.',
      'Exercise and physiotherapy for mobility; simple analgesia or NSAIDs as tolerated; management of metabolic comorbidity; resection of anterior cervical osteophytes for dysphagia or airway compromise; fractures usually need surgical stabilisation.',
      ['mader-2017-dish', 'westerveld-2009-ankylosed-spine-fractures'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor if stiffness or pain keeps getting worse, or swallowing gets hard. After any fall or bump, get seen the same day for new back or neck pain, even if the fall was small. Call ${clinic.emergencyNumber} now (your local emergency number) if you have new numbness, tingling or weakness in your arms or legs, or trouble breathing.`,
      'Routine review for symptoms. After any trauma, new spinal pain in DISH needs same-day assessment with a low threshold for CT or MRI (plain radiographs miss many fractures) and immobilisation in the pre-injury alignment; any neurological symptom is an emergency.',
      ['westerveld-2009-ankylosed-spine-fractures', 'mader-2017-dish'],
    ),
    warningSigns: ['A5', 'B2'],
  },
  {
    id: 'MSK-15',
    group: 'musculoskeletal',
    name: { patient: 'Sore neck joints that send pain to the shoulder blade', clinician: 'Cervical zygapophyseal (facet) joint pain referred to the scapular region' },
    keywords: ['neck facet joint', 'facet joint', 'neck arthritis', 'stiff neck', 'neck pain into shoulder blade', 'pain at top of shoulder blade', 'neck pain after whiplash', 'pain looking up'],
    urgency: 'routine',
    feelsLike: claim(
      'An ache on one side of the back of your neck that spreads to the top of your shoulder or over your shoulder blade. Your neck may feel stiff. Tipping your head back or turning it to that side may make it worse. It is a deep, spread-out ache rather than a sharp line of pain down the arm.',
      'Unilateral axial neck pain with somatic referral, stiffness and pain on extension or ipsilateral rotation, without radicular signs. Volunteer pain charts (Dwyer 1990) predicted the symptomatic segment in all nine patients with block-confirmed joint pain (Aprill 1990). In patients (Fukui 1996), C4–C5 and C5–C6 referred to the suprascapular region, C6–C7 to the superior angle of the scapula and C7–T1 to the mid-scapular region; patient maps vary more than volunteer maps and overlap between adjacent segments (Cooper 2007).',
      ['dwyer-1990', 'aprill-1990', 'fukui-1996', 'cooper-2007'],
    ),
    whoItAffects: claim(
      'Adults, most often from middle age on as the joints wear. It is also a common cause of neck pain that lasts after whiplash.',
      'Adults with cervical spondylosis; the zygapophyseal joints are the leading identified source of chronic neck pain after whiplash.',
      ['bogduk-2011-whiplash', 'cooper-2007'],
    ),
    regions: claim(
      'The small joints at the back of your lower neck. The pain is felt at the base of your neck, on top of your shoulder, and over the top and middle of your shoulder blade.',
      'C4–C5 to C7–T1 zygapophyseal joints; referral to the suprascapular region, the superior angle and the mid-scapular region.',
      ['fukui-1996', 'dwyer-1990'],
    ),
    involves: [...primary('c7'), ...secondary('trapezius', 'levator-scapulae', ...SPLENIUS, 'semispinalis', 'multifidus', 'scapula', 't1', 't2')],
    whatHelps: claim(
      'Staying active and moving your neck gently help most people. Pain relief and a physical therapist can help too. If it lasts for months, a pain doctor can inject near the joint to see if the pain stops. If that works, a heat treatment of the small nerves to the joint can ease the pain for many months.',
      'Exercise-based physiotherapy and analgesia first. For chronic pain, diagnosis by controlled comparative medial branch blocks; radiofrequency medial branch neurotomy gives lasting relief in block-confirmed cervical zygapophyseal pain (Lord 1996, randomised and placebo-controlled).',
      ['lord-1996-rf-neurotomy', 'bogduk-2011-whiplash'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor if neck pain is no better after ${NOT_SETTLING.patient} or keeps coming back. ${LIMBS.slowArm} ${LIMBS.patient} Pain over the shoulder blade can also come from the heart or lungs, so check the warning signs.`,
      `Review if no improvement by ${NOT_SETTLING.clinician} or if recurrent. One arm weakening gradually (radiculopathy): same-day. ${LIMBS.clinician} Scapular pain has cardiac and apical lung causes that must be considered.`,
      ['cooper-2007', 'physiopedia-thoracic-red-flags', 'gulati-2021-chest-pain-guideline', 'nice-ng234'],
    ),
    warningSigns: [],
  },
  {
    id: 'MSK-16',
    group: 'musculoskeletal',
    name: { patient: 'A cracked rib from coughing', clinician: 'Cough-induced rib fracture' },
    keywords: ['cough fracture', 'cracked rib from coughing', 'rib pain after coughing', 'broken rib', 'rib pain', 'osteoporosis', 'thin bones', 'pain when breathing after cough'],
    urgency: 'same-day',
    feelsLike: claim(
      'A sharp pain in one spot on your ribs that starts during a bout of coughing. It is often on the side of your chest and can reach your back. It hurts more when you cough, breathe in deeply, twist or lie on that side. The spot is tender to press.',
      'Focal chest-wall pain beginning after the onset of cough, worse with cough, deep inspiration and rotation, with point tenderness. In Hanak 2005 (54 patients), half had more than one fracture, rib 6 was fractured most often and the lateral rib cage most often; chest radiography showed the fracture in only 58%.',
      ['hanak-2005-cough-rib-fractures'],
    ),
    whoItAffects: claim(
      'Mostly women, and people with a cough that has lasted three weeks or more. Thin bones raise the risk, but it can happen with normal bones too.',
      'Mean age 55; 78% women; chronic cough (3 weeks or more) in 85%; osteopenia or osteoporosis in 65% of those tested, but fractures also occur with normal bone density (Hanak 2005).',
      ['hanak-2005-cough-rib-fractures'],
    ),
    regions: claim(
      'The middle ribs, most often on the side of your chest. The pain can spread around to your back.',
      'Middle ribs (rib 6 most often), most often laterally; posterolateral fractures are felt over the back of the chest wall.',
      ['hanak-2005-cough-rib-fractures'],
    ),
    involves: secondary(...ribs(4, 10), 'latissimus-dorsi'),
    whatHelps: claim(
      'Pain relief that lets you breathe deeply and cough is the main treatment. Holding a pillow to your chest when you cough can help. Treating the cause of the cough helps the rib heal. A doctor may check your bones for thinning.',
      'Analgesia sufficient for deep breathing and effective cough; treat the cause of the cough; CT or bone scan when radiographs are negative and the diagnosis matters; exclude other causes of fracture (trauma, metastatic disease) and assess bone density.',
      ['hanak-2005-cough-rib-fractures'],
    ),
    whenToSeeDoctor: claim(
      `See a doctor the same day if a cough leaves you with sharp pain in your ribs, most of all if you have a fever or have had cancer. Call ${clinic.emergencyNumber} now (your local emergency number) if you are short of breath or cough up blood.`,
      'Same-day review: confirm the fracture, find the cause of the cough (for example pneumonia, pertussis, asthma or COPD), exclude pneumothorax and pathological fracture; emergency for dyspnoea or haemoptysis.',
      ['hanak-2005-cough-rib-fractures', 'physiopedia-thoracic-red-flags'],
    ),
    warningSigns: [],
  },
];
