// Superficial (extrinsic) back muscles: they move and steady the shoulder blade and arm.
// Facts: anatomy-facts.md §1.1 (Gray's, Kenhub, StatPearls, Radiopaedia, IMAIOS, Orthobullets, Travell & Simons).
import type { Structure } from '../types';
import { claim } from '../claim';

const GROUP = 'Superficial back muscles';

export const superficial: Structure[] = [
  {
    id: 'trapezius',
    name: 'Trapezius',
    latin: 'Musculus trapezius',
    kind: 'muscle',
    layer: 'superficial',
    paired: true,
    group: GROUP,
    layNames: ['traps', 'trap muscle', 'upper back muscle', 'neck and shoulder muscle', 'top of the shoulder'],
    function: claim(
      'This is the big, flat muscle just under the skin of your upper back and neck. It lifts your shoulders. It pulls your shoulder blades back and down. It holds them steady when you lift, carry or reach.',
      'The most superficial muscle of the upper back, with descending, transverse and ascending parts. It elevates, retracts and depresses the scapula, rotates it upward with serratus anterior during arm elevation, and stabilises the shoulder girdle under load.',
      ['gray', 'kenhub', 'statpearls-trapezius'],
    ),
    painRole: claim(
      'Sore, tight spots in the middle and lower parts of this muscle can send an ache or a burning feeling along the inner edge of your shoulder blade. Staying in one position for hours or carrying heavy loads may add to it. Studies find only weak links between posture and pain, so there is no one right way to sit.',
      'Trigger points in the transverse and ascending fibres can refer aching or burning pain along and just medial to the vertebral border of the scapula; sustained static postures and load carriage are proposed perpetuating factors, although evidence that posture itself causes spinal pain is limited. Upper-fibre trigger points refer mainly to the neck and temple. Referral maps rest on clinical observation, and palpation reliability is modest.',
      ['travell-simons-1999', 'dommerholt-huijbregts-2011', 'slater-2019-posture'],
    ),
    anatomy: {
      origin: claim(
        'It starts at the back of your skull. It runs down the middle of your neck and along the bony bumps of your spine, down to about the level of your lowest rib.',
        'External occipital protuberance, medial third of the superior nuchal line, ligamentum nuchae, and the spinous processes and supraspinous ligaments of C7–T12.',
        ['gray', 'kenhub'],
      ),
      insertion: claim(
        'It ends on the outer part of your collarbone and on the tip of your shoulder. It also ends on the bony ridge across the top of your shoulder blade.',
        'Descending fibres: posterior border of the lateral third of the clavicle. Transverse fibres: medial margin of the acromion and upper lip of the crest of the scapular spine. Ascending fibres: an aponeurosis gliding over the trigonum spinae to a tubercle at the medial end of the spine.',
        ['gray', 'kenhub'],
      ),
      action: claim(
        'The top part shrugs your shoulders. The middle part squeezes your shoulder blades together. The lower part pulls them down. The whole muscle helps you raise your arm above your head.',
        'Descending part: elevates the shoulder girdle and rotates the glenoid upward; with the shoulder fixed it extends and laterally flexes the neck and turns the face to the opposite side. Transverse part: retracts the scapula. Ascending part: depresses the scapula and assists upward rotation. Descending and ascending parts couple with serratus anterior for upward rotation in overhead elevation.',
        ['gray', 'kenhub', 'statpearls-trapezius'],
      ),
      innervation: claim(
        'The spinal accessory nerve makes it work. This nerve starts in the top part of your spinal cord, in your neck. It goes up into your skull and then comes back out to reach the muscle. Nerves from your upper neck carry feeling from it.',
        'Motor: spinal accessory nerve (CN XI). Its fibres arise from motor neurons in the upper cervical cord (about C1–C5), ascend through the foramen magnum and leave the skull through the jugular foramen. Sensory and proprioceptive fibres (in some accounts a small motor share) come from the ventral rami of C3–C4 via the cervical plexus.',
        ['gray', 'kenhub', 'statpearls-trapezius'],
      ),
      bloodSupply: claim(
        'Most of its blood comes from a branch of an artery at the base of your neck. Other nearby arteries help.',
        'Superficial (cervical) branch of the transverse cervical artery; also the occipital artery (upper part), the dorsal scapular artery (deep surface of the middle and lower parts) and dorsal perforators of the posterior intercostal arteries (lower part).',
        ['gray', 'kenhub'],
      ),
    },
  },
  {
    id: 'latissimus-dorsi',
    name: 'Latissimus dorsi',
    latin: 'Musculus latissimus dorsi',
    kind: 'muscle',
    layer: 'superficial',
    paired: true,
    group: GROUP,
    layNames: ['lats', 'lat muscle', 'mid back muscle', 'side of the back', 'wing muscle'],
    function: claim(
      'This is the wide, flat muscle of your middle and lower back. It pulls your arm down and back toward your body. It is the main muscle you use to pull yourself up, to row or to climb.',
      'Broad flat muscle of the lower and mid back, its upper border partly covered by the ascending trapezius. It extends, adducts and medially rotates the humerus, depresses the shoulder girdle and raises the trunk toward fixed arms.',
      ['gray', 'orthobullets-latissimus', 'statpearls-latissimus-dorsi'],
    ),
    painRole: claim(
      'Sore spots in this muscle, often near your armpit, can cause a steady ache around the lower tip of your shoulder blade and the middle of your back. The ache can run down the back of your arm to your little finger. Lots of pulling, rowing or reaching up can set it off.',
      'Trigger points, usually in the axillary part, can refer a constant ache to the inferior angle of the scapula and the adjacent mid-thoracic region, sometimes down the posterior arm to the ulnar hand; repeated pulling, rowing or sustained overhead reaching provoke them.',
      ['travell-simons-1999'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the bony bumps of your spine from the middle of your back down to your low back. A tough sheet of tissue links it to the flat bone at the base of your spine. It also starts on the back of the top edge of your hip bone and on your lowest ribs.',
        'Spinous processes of T7–T12; thoracolumbar fascia (hence the lumbar and sacral spinous processes); posterior third of the outer lip of the iliac crest; the lower three or four ribs; often a small slip from the inferior angle of the scapula.',
        ['gray', 'orthobullets-latissimus', 'kenhub'],
      ),
      insertion: claim(
        'Its tendon twists and ends in a groove at the front of the top of your upper arm bone.',
        'Floor of the intertubercular (bicipital) groove of the humerus; the tendon twists so that the lowest fibres insert highest, and it lies anterior to teres major.',
        ['gray', 'orthobullets-latissimus'],
      ),
      action: claim(
        'It pulls your arm down, back and in toward your body. It turns your arm inward. It lifts your body when you hang from your hands. It also helps when you cough hard.',
        'Extends, adducts and medially rotates the arm at the shoulder; depresses the shoulder girdle; raises the trunk toward fixed arms (climbing, pull-ups); assists lateral flexion of the trunk and forceful expiration such as coughing.',
        ['gray', 'orthobullets-latissimus', 'kenhub'],
      ),
      innervation: claim(
        'A nerve from your armpit area makes it work. This nerve comes from the lower neck, at roughly the sixth to eighth nerve levels.',
        'Thoracodorsal nerve (C6, C7, C8), from the posterior cord of the brachial plexus.',
        ['gray', 'orthobullets-latissimus'],
      ),
      bloodSupply: claim(
        'Most of its blood comes from an artery that runs down from your armpit. Small arteries from between the ribs and the low back help.',
        'Thoracodorsal artery (from the subscapular artery) is dominant; the medial and lower parts also receive segmental perforators from the posterior intercostal and lumbar arteries.',
        ['gray', 'orthobullets-latissimus', 'kenhub'],
      ),
    },
  },
  {
    id: 'rhomboid-major',
    name: 'Rhomboid major',
    latin: 'Musculus rhomboideus major',
    kind: 'muscle',
    layer: 'superficial',
    paired: true,
    group: GROUP,
    layNames: ['rhomboids', 'rhomboid', 'muscle between the shoulder blades', 'knot between the shoulder blades'],
    function: claim(
      'This muscle lies under the trapezius, between your spine and your shoulder blade. It pulls your shoulder blade in toward your spine. It holds it flat against your ribs.',
      'Lies deep to trapezius between the upper thoracic spinous processes and the medial border of the scapula. It retracts and downwardly rotates the scapula and fixes it to the thoracic wall, controlling its protraction and upward rotation eccentrically.',
      ['gray', 'radiopaedia', 'statpearls-rhomboid'],
    ),
    painRole: claim(
      'This is the place of the well-known knot between the shoulder blades. Sore spots here can give an ache along the inner edge of your shoulder blade. Rowing, throwing or work above your head can strain it. Sitting still for a long time may add to the ache, but links between posture and pain are weak. A deep, burning pain here can also come from a pinched nerve in your neck.',
      'Classic interscapular "knot": rhomboid trigger points can refer a superficial ache along the medial border between scapula and spine; rowing, throwing or overhead work can strain it. A rounded-shoulder posture is said to keep it lengthened and loaded, but evidence linking posture to pain is limited. Deep or burning medial-border pain may instead be radicular (C7/C8) or dorsal scapular nerve pain.',
      ['travell-simons-1999', 'muir-2017', 'tanaka-2006', 'slater-2019-posture'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the bony bumps of your spine in the upper back, from the second to the fifth of those bones.',
        'Spinous processes of T2–T5 and the intervening supraspinous ligaments.',
        ['gray', 'radiopaedia', 'imaios'],
      ),
      insertion: claim(
        'It ends on the inner edge of your shoulder blade. It covers the part from the bony ridge down to the lower tip.',
        'Medial border of the scapula from the level of the root of the spine to the inferior angle, often via a tendinous arch joined to the border by thin membrane.',
        ['gray', 'radiopaedia', 'imaios'],
      ),
      action: claim(
        'It pulls your shoulder blade back toward your spine. It tips it so your shoulder drops a little. It keeps your shoulder blade snug on your ribs.',
        'Retracts the scapula, rotates it so the glenoid faces downward, slightly elevates the medial border, and holds the scapula against the thoracic wall.',
        ['gray', 'radiopaedia', 'statpearls-rhomboid'],
      ),
      innervation: claim(
        'A nerve from your neck makes it work. It is called the dorsal scapular nerve. It runs down along the under side of this muscle.',
        'Dorsal scapular nerve (mainly C5, sometimes C4). It pierces or passes the middle scalene, runs deep to levator scapulae and then along the deep surface of the rhomboids parallel to the medial border.',
        ['gray', 'radiopaedia', 'muir-2017'],
      ),
      bloodSupply: claim(
        'Its blood comes from an artery that runs along the inner edge of your shoulder blade. Small arteries from between the ribs help.',
        'Dorsal scapular artery (deep branch of the transverse cervical artery or a direct subclavian branch); dorsal branches of the upper posterior intercostal arteries.',
        ['gray', 'radiopaedia', 'kenhub'],
      ),
    },
  },
  {
    id: 'rhomboid-minor',
    name: 'Rhomboid minor',
    latin: 'Musculus rhomboideus minor',
    kind: 'muscle',
    layer: 'superficial',
    paired: true,
    group: GROUP,
    layNames: ['rhomboids', 'rhomboid', 'muscle between the shoulder blades', 'upper back knot'],
    function: claim(
      'This is a small strip of muscle just above the rhomboid major. It helps pull your shoulder blade in toward your spine. It helps hold it flat on your ribs.',
      'A narrow band deep to trapezius, just above rhomboid major and usually separated from it by a small gap. It acts with rhomboid major to retract and downwardly rotate the scapula and fix it to the thorax.',
      ['gray', 'kenhub', 'statpearls-rhomboid'],
    ),
    painRole: claim(
      'It can ache like the rhomboid major, but higher up. The ache sits near the top inner corner of your shoulder blade. It often aches along with the muscle that lifts your shoulder blade, for example after long hours at a desk.',
      'Same referral pattern as rhomboid major, but at the upper end of the medial border near the root of the scapular spine; often co-involved with levator scapulae in sustained desk work.',
      ['travell-simons-1999', 'kenhub'],
    ),
    anatomy: {
      origin: claim(
        'It starts at the base of your neck, on the bony bumps of the last neck bone and the first upper back bone.',
        'Lower ligamentum nuchae and the spinous processes of C7 and T1 with their supraspinous ligament.',
        ['gray', 'kenhub', 'radiopaedia'],
      ),
      insertion: claim(
        'It ends on a short part of the inner edge of your shoulder blade, where the bony ridge meets the edge.',
        'A short length of the medial border opposite the smooth triangular area (trigonum spinae) at the root of the scapular spine.',
        ['gray', 'kenhub'],
      ),
      action: claim(
        'It works with the rhomboid major. It pulls your shoulder blade back. It tips it down a little and keeps it close to your ribs.',
        'As rhomboid major: retraction and downward rotation of the scapula and fixation of the scapula to the thorax.',
        ['gray', 'kenhub'],
      ),
      innervation: claim(
        'The same neck nerve that works the rhomboid major makes it work.',
        'Dorsal scapular nerve (C5, with or without C4).',
        ['gray', 'kenhub', 'radiopaedia'],
      ),
      bloodSupply: claim(
        'Its blood comes from the same artery as the rhomboid major. Small arteries from between the upper ribs help.',
        'Dorsal scapular artery; branches of the upper posterior intercostal arteries.',
        ['gray', 'kenhub'],
      ),
    },
  },
  {
    id: 'levator-scapulae',
    name: 'Levator scapulae',
    latin: 'Musculus levator scapulae',
    kind: 'muscle',
    layer: 'superficial',
    paired: true,
    group: GROUP,
    layNames: ['shoulder blade lifter', 'stiff neck muscle', 'neck muscle', 'crick in the neck'],
    function: claim(
      'This strap of muscle runs from the side of your neck down to the top corner of your shoulder blade. It lifts your shoulder blade. It helps you bend and turn your neck.',
      'Runs from the upper cervical transverse processes to the superior angle of the scapula, under sternocleidomastoid above and trapezius below. It elevates and downwardly rotates the scapula and, with the scapula fixed, laterally flexes and rotates the neck to the same side.',
      ['gray', 'radiopaedia', 'imaios'],
    ),
    painRole: claim(
      'This muscle is a common cause of a stiff neck. Sore spots in it can send pain to where your neck meets your shoulder and down the inner edge of your shoulder blade. Holding a phone with your shoulder, a screen off to one side, or tense, raised shoulders can set it off.',
      'A leading cause of "stiff neck". Its trigger points can refer to the angle of the neck and down the vertebral border of the scapula to the posterior shoulder, so upper interscapular pain at the superior angle (about T2) is common with phone cradling, rotated-screen work and stress shrugging.',
      ['travell-simons-1999'],
    ),
    anatomy: {
      origin: claim(
        'It starts on the side bumps of the top four bones of your neck.',
        'Transverse processes of the atlas and axis and the posterior tubercles of the transverse processes of C3 and C4 (the number of slips varies).',
        ['gray', 'radiopaedia', 'imaios'],
      ),
      insertion: claim(
        'It ends on the inner edge of your shoulder blade, from its top corner down to the bony ridge.',
        'Medial border of the scapula between the superior angle and the root of the spine.',
        ['gray', 'radiopaedia', 'imaios'],
      ),
      action: claim(
        'It lifts your shoulder blade, as in a shrug. It tips it so your shoulder drops a little. It bends and turns your neck to the same side.',
        'Elevates the scapula and rotates it downward (glenoid tilts inferiorly); with the scapula fixed, laterally flexes and rotates the cervical spine to the same side; works with upper trapezius in shrugging.',
        ['gray', 'radiopaedia'],
      ),
      innervation: claim(
        'Nerves from the upper and middle part of your neck make it work.',
        'Direct branches of the ventral rami of C3–C4 (cervical plexus) and the dorsal scapular nerve (C5).',
        ['gray', 'radiopaedia', 'imaios'],
      ),
      bloodSupply: claim(
        'Its blood comes from small arteries in your neck and along your shoulder blade.',
        'Dorsal scapular artery; transverse cervical and ascending cervical arteries.',
        ['gray', 'radiopaedia'],
      ),
    },
  },
];
