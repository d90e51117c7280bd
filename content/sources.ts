// The reference list. Every claim in content/ cites one or more of these ids; tests/content fails on an
// unknown id and on a source that nothing cites. Citations follow ../shared/reference/anatomy-facts.md §5.
import type { Source } from './types';

const list = [
  // Anatomy
  {
    id: 'gray',
    citation:
      "Standring S, ed. Gray's Anatomy: The Anatomical Basis of Clinical Practice. 42nd ed. London: Elsevier; 2021. With: Gray H. Anatomy of the Human Body. 20th ed. Lewis WH, ed. Philadelphia: Lea & Febiger; 1918 (public domain).",
  },
  {
    id: 'kenhub',
    citation:
      'Kenhub. Anatomy library: back muscle articles (trapezius, latissimus dorsi, rhomboids, erector spinae, transversospinales and others). Kenhub GmbH. https://www.kenhub.com/en/library/anatomy. Accessed 2026.',
    url: 'https://www.kenhub.com/en/library/anatomy',
  },
  // ---- red-flag guidelines (issue 12) ----
  {
    id: 'mcsweeney-2001',
    citation:
      "McSweeney JC, Cody M, Crane PB. Do you know them when you see them? Women's prodromal and acute symptoms of myocardial infarction. J Cardiovasc Nurs. 2001;15(3):26-38. doi:10.1097/00005082-200104000-00003. PMID: 12968769.",
  },
  {
    id: 'hayes-2018-aha-scad',
    citation:
      'Hayes SN, Kim ESH, Saw J, et al. Spontaneous coronary artery dissection: current state of the science: a scientific statement from the American Heart Association. Circulation. 2018;137(19):e523-e557. doi:10.1161/CIR.0000000000000564. PMID: 29472380.',
  },
  {
    id: 'nice-cg95-chest-pain',
    citation:
      'National Institute for Health and Care Excellence. Recent-onset chest pain of suspected cardiac origin: assessment and diagnosis. Clinical guideline CG95; 2010 (updated 2016).',
    url: 'https://www.nice.org.uk/guidance/cg95',
  },
  {
    id: 'isselbacher-2022-aortic',
    citation:
      'Isselbacher EM, Preventza O, Hamilton Black J 3rd, et al. 2022 ACC/AHA Guideline for the Diagnosis and Management of Aortic Disease: a report of the American Heart Association/American College of Cardiology Joint Committee on Clinical Practice Guidelines. Circulation. 2022;146(24):e334-e482. doi:10.1161/CIR.0000000000001106.',
  },
  {
    id: 'bts-2023-pleural',
    citation:
      'Roberts ME, Rahman NM, Maskell NA, et al. British Thoracic Society Guideline for pleural disease. Thorax. 2023;78(Suppl 3) (full guideline; guideline summary in Thorax. 2023;78(11):1143). doi:10.1136/thorax-2022-219784.',
  },
  {
    id: 'nice-cg191-pneumonia',
    citation: 'National Institute for Health and Care Excellence. Pneumonia in adults: diagnosis and management. Clinical guideline CG191; 2014.',
    url: 'https://www.nice.org.uk/guidance/cg191',
  },
  {
    id: 'kiriyama-2018-tokyo-cholangitis',
    citation:
      'Kiriyama S, Kozaka K, Takada T, et al. Tokyo Guidelines 2018: diagnostic criteria and severity grading of acute cholangitis (with videos). J Hepatobiliary Pancreat Sci. 2018;25(1):17-30. doi:10.1002/jhbp.512.',
  },
  {
    id: 'acg-2024-pancreatitis',
    citation:
      'Tenner S, Vege SS, Sheth SG, et al. American College of Gastroenterology Guidelines: Management of Acute Pancreatitis. Am J Gastroenterol. 2024;119(3):419-437. doi:10.14309/ajg.0000000000002645.',
  },
  {
    id: 'nice-ng39-major-trauma',
    citation: 'National Institute for Health and Care Excellence. Major trauma: assessment and initial management. NICE guideline NG39; 2016.',
    url: 'https://www.nice.org.uk/guidance/ng39',
  },
  {
    id: 'nice-ng41-spinal-injury',
    citation: 'National Institute for Health and Care Excellence. Spinal injury: assessment and initial management. NICE guideline NG41; 2016.',
    url: 'https://www.nice.org.uk/guidance/ng41',
  },
  {
    id: 'finucane-2020-ifompt-red-flags',
    citation:
      'Finucane LM, Downie A, Mercer C, Greenhalgh SM, Boissonnault WG, Pool-Goudzwaard AL, Beneciuk JM, Leech RL, Selfe J. International Framework for Red Flags for Potential Serious Spinal Pathologies. J Orthop Sports Phys Ther. 2020;50(7):350-372. doi:10.2519/jospt.2020.9971. PMID: 32438853. (International Federation of Orthopaedic Manipulative Physical Therapists, IFOMPT.)',
    url: 'https://doi.org/10.2519/jospt.2020.9971',
  },
  {
    id: 'nice-ng12-suspected-cancer',
    citation: 'National Institute for Health and Care Excellence. Suspected cancer: recognition and referral. NICE guideline NG12; 2015 (updated).',
    url: 'https://www.nice.org.uk/guidance/ng12',
  },
  // ---- end of red-flag guidelines (issue 12) ----
  {
    id: 'teachmeanatomy',
    citation: 'TeachMeAnatomy. The back muscles: superficial, intermediate and intrinsic groups. https://teachmeanatomy.info/. Accessed 2026.',
    url: 'https://teachmeanatomy.info/',
  },
  {
    id: 'radiopaedia',
    citation: 'Radiopaedia.org. Reference articles: rhomboid major muscle; levator scapulae muscle. https://radiopaedia.org/. Accessed 2026.',
    url: 'https://radiopaedia.org/',
  },
  {
    id: 'imaios',
    citation: 'IMAIOS. e-Anatomy: rhomboid major muscle; levator scapulae muscle. https://www.imaios.com/en/e-anatomy. Accessed 2026.',
    url: 'https://www.imaios.com/en/e-anatomy',
  },
  {
    id: 'orthobullets-latissimus',
    citation: 'Orthobullets (Lineage Medical). Latissimus dorsi: anatomy topic. https://www.orthobullets.com/. Accessed 2026.',
    url: 'https://www.orthobullets.com/',
  },
  {
    id: 'anatomyzone',
    citation: 'AnatomyZone. Serratus posterior superior; interspinales (anatomy tutorials). https://anatomyzone.com/. Accessed 2026.',
    url: 'https://anatomyzone.com/',
  },
  {
    id: 'anatomy-app-levatores-costarum',
    citation: 'anatomy.app. Encyclopedia: levatores costarum muscles. https://anatomy.app/. Accessed 2026.',
    url: 'https://anatomy.app/',
  },
  {
    id: 'doccheck-intertransversarii',
    citation: 'DocCheck Flexikon. Musculi intertransversarii. DocCheck Community GmbH. https://flexikon.doccheck.com/. Accessed 2026.',
    url: 'https://flexikon.doccheck.com/',
  },
  {
    id: 'lecturio-intermediate-back',
    citation: 'Lecturio. Back muscles: the intermediate layer (serratus posterior superior and inferior). https://www.lecturio.com/. Accessed 2026.',
    url: 'https://www.lecturio.com/',
  },
  {
    id: 'statpearls-trapezius',
    citation:
      'Ourieff J, Agarwal A. Anatomy, Back, Trapezius. [Updated 2018 Dec 6]. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing. NCBI Bookshelf NBK518994 (StatPearls article 30528; author and editor as listed for the version updated 6 December 2018).',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK518994/',
  },
  {
    id: 'statpearls-latissimus-dorsi',
    citation: 'Anatomy, Back, Latissimus Dorsi. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing. NCBI Bookshelf NBK448120.',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK448120/',
  },
  {
    id: 'statpearls-rhomboid',
    citation:
      'Farrell C, Kiel J. Anatomy, Back, Rhomboid Muscles. [Updated 2018 Nov 30]. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing. NCBI Bookshelf NBK534856 (StatPearls article 28567; author and editor as listed for the version updated 30 November 2018; StatPearls shows a later revision dated 2023 May 16).',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK534856/',
  },
  {
    id: 'vilensky-2001',
    citation:
      'Vilensky JA, Baltes M, Weikel L, Fortin JD, Fourie LJ. Serratus posterior muscles: anatomy, clinical relevance, and function. Clin Anat. 2001;14(4):237-241. PMID: 11424195.',
  },
  {
    id: 'travell-simons-1999',
    citation:
      "Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol 1: Upper Half of Body. 2nd ed. Baltimore: Williams & Wilkins; 1999.",
  },
  {
    id: 'dommerholt-huijbregts-2011',
    citation:
      'Dommerholt J, Huijbregts P, eds. Myofascial Trigger Points: Pathophysiology and Evidence-Informed Diagnosis and Management. Sudbury (MA): Jones and Bartlett; 2011.',
  },
  {
    id: 'ernst-2013',
    citation:
      'Ernst MJ, Rast FM, Bauer CM, Marcar VL, Kool J. Determination of thoracic and lumbar spinal processes by their percentage position between C7 and the PSIS level. BMC Res Notes. 2013;6:58. doi:10.1186/1756-0500-6-58. PMID: 23398934. PMCID: PMC3598670.',
  },
  {
    id: 'cooperstein-haneline-inferior-angle',
    citation:
      'Cooperstein R, Haneline M. Spinous process palpation using the scapular tip as a landmark vs a radiographic criterion standard. J Chiropr Med. 2007;6(3):87-93. PMCID: PMC2647093.',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2647093/',
  },
  {
    id: 'von-schroeder-2001',
    citation: 'von Schroeder HP, Kuiper SD, Botte MJ. Osseous anatomy of the scapula. Clin Orthop Relat Res. 2001;(383):131-139. doi:10.1097/00003086-200102000-00015.',
  },
  // General clinical
  {
    id: 'murtagh',
    citation:
      "Murtagh J, Rosenblatt J, Coleman J, Murtagh C. John Murtagh's General Practice. 8th ed. McGraw-Hill Education Australia; 2021. Chapter: Thoracic back pain.",
  },
  {
    id: 'physiopedia-thoracic-red-flags',
    citation: 'Physiopedia. Thoracic Back Pain Red Flags. https://www.physio-pedia.com/Thoracic_Back_Pain_Red_Flags. Accessed 2026.',
    url: 'https://www.physio-pedia.com/Thoracic_Back_Pain_Red_Flags',
  },
  {
    id: 'slater-2019-posture',
    citation:
      'Slater D, Korakakis V, O\'Sullivan P, Nolan D, O\'Sullivan K. "Sit up straight": time to re-evaluate. J Orthop Sports Phys Ther. 2019;49(8):562-564. doi:10.2519/jospt.2019.0610.',
    url: 'https://doi.org/10.2519/jospt.2019.0610',
  },
  // Heart
  {
    id: 'gulati-2021-chest-pain-guideline',
    citation:
      'Gulati M, Levy PD, Mukherjee D, et al. 2021 AHA/ACC/ASE/CHEST/SAEM/SCCT/SCMR Guideline for the Evaluation and Diagnosis of Chest Pain: a report of the American College of Cardiology/American Heart Association Joint Committee on Clinical Practice Guidelines. Circulation. 2021;144(22):e368-e454. doi:10.1161/CIR.0000000000001029.',
  },
  {
    id: 'mehta-2016-aha-women-mi',
    citation:
      'Mehta LS, Beckie TM, DeVon HA, et al. Acute Myocardial Infarction in Women: A Scientific Statement From the American Heart Association. Circulation. 2016;133(9):916-947. doi:10.1161/CIR.0000000000000351.',
  },
  {
    id: 'virgo-2018',
    citation:
      'Lichtman JH, Leifheit EC, Safdar B, et al. Sex differences in the presentation and perception of symptoms among young patients with myocardial infarction: evidence from the VIRGO study (Variation in Recovery: Role of Gender on Outcomes of Young AMI Patients). Circulation. 2018;137(8):781-790. doi:10.1161/CIRCULATIONAHA.117.031650.',
  },
  {
    id: 'canto-2012-nrmi',
    citation:
      'Canto JG, Rogers WJ, Goldberg RJ, et al. Association of age and sex with myocardial infarction symptom presentation and in-hospital mortality. JAMA. 2012;307(8):813-822. doi:10.1001/jama.2012.199. PMID: 22357832.',
  },
  {
    id: 'mcsweeney-2003',
    citation:
      "McSweeney JC, Cody M, O'Sullivan P, et al. Women's early warning symptoms of acute myocardial infarction. Circulation. 2003;108(21):2619-2623. doi:10.1161/01.CIR.0000097116.29625.7C.",
  },
  // Aorta, lung, pericardium
  {
    id: 'hagan-2000-irad',
    citation:
      'Hagan PG, Nienaber CA, Isselbacher EM, et al. The International Registry of Acute Aortic Dissection (IRAD): new insights into an old disease. JAMA. 2000;283(7):897-903. doi:10.1001/jama.283.7.897.',
  },
  {
    id: 'pape-2015-irad',
    citation:
      'Pape LA, Awais M, Woznicki EM, et al. Presentation, diagnosis, and outcomes of acute aortic dissection: 17-year trends from the International Registry of Acute Aortic Dissection. J Am Coll Cardiol. 2015;66(4):350-358. doi:10.1016/j.jacc.2015.05.029.',
  },
  {
    id: 'thrumurthy-2012-bmj',
    citation:
      'Thrumurthy SG, Karthikesalingam A, Patterson BO, et al. The diagnosis and management of aortic dissection. BMJ. 2012;344:d8290. doi:10.1136/bmj.d8290.',
  },
  {
    id: 'esc-2019-pe',
    citation:
      'Konstantinides SV, Meyer G, Becattini C, et al. 2019 ESC Guidelines for the diagnosis and management of acute pulmonary embolism developed in collaboration with the European Respiratory Society (ERS). Eur Heart J. 2020;41(4):543-603. doi:10.1093/eurheartj/ehz405.',
  },
  {
    id: 'esc-2015-pericardial',
    citation:
      'Adler Y, Charron P, Imazio M, et al. 2015 ESC Guidelines for the diagnosis and management of pericardial diseases: the Task Force for the Diagnosis and Management of Pericardial Diseases of the European Society of Cardiology (ESC). Eur Heart J. 2015;36(42):2921-2964. doi:10.1093/eurheartj/ehv318.',
  },
  {
    id: 'rcem-pericarditis',
    citation: 'Royal College of Emergency Medicine. RCEM Learning: Acute pericarditis (clinical presentation). https://www.rcemlearning.co.uk/. Accessed 2026.',
    url: 'https://www.rcemlearning.co.uk/',
  },
  // Abdomen
  {
    id: 'statpearls-biliary-colic',
    citation: 'Biliary Colic. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing. StatPearls article 18274.',
    url: 'https://www.statpearls.com/point-of-care/18274',
  },
  {
    id: 'aafp-2000-biliary',
    citation:
      'Diagnosing biliary colic and acute cholecystitis (Tips from Other Journals: summary of a review by Ahmad and colleagues; no byline). Am Fam Physician. 2000;62(6):1386-1388. https://www.aafp.org/afp/2000/0915/p1386.html.',
    url: 'https://www.aafp.org/afp/2000/0915/p1386.html',
  },
  {
    id: 'banks-2013-atlanta',
    citation:
      'Banks PA, Bollen TL, Dervenis C, et al. Classification of acute pancreatitis 2012: revision of the Atlanta classification and definitions by international consensus. Gut. 2013;62(1):102-111. doi:10.1136/gutjnl-2012-302779.',
  },
  {
    id: 'statpearls-acute-pancreatitis',
    citation:
      'Wang CF, Tariq A, Chandra S. Acute Pancreatitis. [Updated 2025 Aug 2]. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2025 Jan-. NCBI Bookshelf NBK482468 (StatPearls article 26578; the version updated 9 February 2023 listed Gapp J, Tariq A, Chandra S).',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK482468/',
  },
  // Lung apex, spine tumours
  {
    id: 'statpearls-pancoast',
    citation:
      'Gundepalli SG, Tadi P. Lung Pancoast Tumor. [Updated 2023 Jul 17]. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2024 Jan-. NCBI Bookshelf, StatPearls article 26554.',
    url: 'https://www.ncbi.nlm.nih.gov/books/n/statpearls/article-26554/',
  },
  {
    id: 'medbullets-pancoast',
    citation: 'Medbullets (Lineage Medical). Pancoast tumor. https://step2.medbullets.com/. Accessed 2026.',
    url: 'https://step2.medbullets.com/',
  },
  {
    id: 'nice-ng234',
    citation: 'National Institute for Health and Care Excellence. Spinal metastases and metastatic spinal cord compression. NICE guideline NG234; 2023.',
    url: 'https://www.nice.org.uk/guidance/ng234',
  },
  // Nerves
  {
    id: 'tanaka-2006',
    citation:
      'Tanaka Y, Kokubun S, Sato T, Ozawa H. Cervical roots as origin of pain in the neck or scapular regions. Spine (Phila Pa 1976). 2006;31(17):E568-E573. doi:10.1097/01.brs.0000229261.02816.48. PMID: 16924193.',
  },
  {
    id: 'mizutamari-2010',
    citation:
      'Mizutamari M, Sei A, Tokiyoshi A, Fujimoto T, Taniwaki T, Togami W, Mizuta H. Corresponding scapular pain with the nerve root involved in cervical radiculopathy. J Orthop Surg (Hong Kong). 2010;18(3):356. doi:10.1177/230949901001800320.',
  },
  {
    id: 'cloward-1959',
    citation:
      'Cloward RB. Cervical diskography: a contribution to the etiology and mechanism of neck, shoulder and arm pain. Ann Surg. 1959;150:1052-1064.',
  },
  {
    id: 'slipman-2005',
    citation: 'Slipman CW, Plastaras C, Patel R, et al. Provocative cervical discography symptom mapping. Spine J. 2005;5:381-388. PMID: 15996607.',
  },
  {
    id: 'medscape-cervical-discogenic',
    citation:
      'Windsor RE. Cervical Discogenic Pain Syndrome: Clinical Presentation. [Updated 2014 Jul 24]. Medscape (eMedicine); chief editor Young CC. https://emedicine.medscape.com/article/93761-clinical. Accessed 2026.',
    url: 'https://emedicine.medscape.com/article/93761-clinical',
  },
  {
    id: 'muir-2017',
    citation: 'Muir B. Dorsal scapular nerve neuropathy: a narrative review of the literature. J Can Chiropr Assoc. 2017;61(2):128-144. PMID: 28928496. PMCID: PMC5596970.',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5596970/',
  },
  {
    id: 'msd-herpes-zoster',
    citation: 'MSD Manual Professional Edition. Herpes Zoster. Merck & Co. https://www.msdmanuals.com/professional. Accessed 2026.',
    url: 'https://www.msdmanuals.com/professional',
  },
  {
    id: 'nhs-ggc-thoracic-radiculopathy',
    citation: 'NHS Greater Glasgow and Clyde. MSK guidance: Thoracic radiculopathy. Right Decisions (Healthcare Improvement Scotland). https://rightdecisions.scot.nhs.uk/. Accessed 2026.',
    url: 'https://rightdecisions.scot.nhs.uk/',
  },
  {
    id: 'aapmr-thoracic-radiculopathy',
    citation: 'American Academy of Physical Medicine and Rehabilitation. PM&R KnowledgeNow: Thoracic radiculopathy and myelopathy. https://now.aapmr.org/. Accessed 2026.',
    url: 'https://now.aapmr.org/',
  },
  // Spine and joints
  {
    id: 'dreyfuss-1994',
    citation: 'Dreyfuss P, Tibiletti C, Dreyer SJ. Thoracic zygapophyseal joint pain patterns: a study in normal volunteers. Spine (Phila Pa 1976). 1994;19(7):807-811. doi:10.1097/00007632-199404000-00014. PMID: 8202799.',
  },
  {
    id: 'fukui-1997',
    citation: 'Fukui S, Ohseto K, Shiotani M. Patterns of pain induced by distending the thoracic zygapophyseal joints. Reg Anesth. 1997;22(4):332-336.',
  },
  {
    id: 'young-2008',
    citation:
      'Young BA, Gill HE, Wainner RS, Flynn TW. Thoracic costotransverse joint pain patterns: a study in normal volunteers. BMC Musculoskelet Disord. 2008;9:140. doi:10.1186/1471-2474-9-140. PMID: 18922181.',
  },
  {
    id: 'benhamou-1993',
    citation:
      'Benhamou CL, Roux C, Tourliere D, Gervais T, Viala JF, Amor B. Pseudovisceral pain referred from costovertebral arthropathies: twenty-eight cases. Spine (Phila Pa 1976). 1993;18:790-795. doi:10.1097/00007632-199305000-00024.',
  },
  {
    id: 'statpearls-thoracic-discogenic',
    citation: 'Fogwe D, Petrone B, Mesfin F. Thoracic Discogenic Syndrome. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing. StatPearls article 30070 (version updated 1 November 2020).',
    url: 'https://www.statpearls.com/point-of-care/30070',
  },
  {
    id: 'wood-1995',
    citation:
      'Wood KB, Garvey TA, Gundry C, Heithoff KB. Magnetic resonance imaging of the thoracic spine: evaluation of asymptomatic individuals. J Bone Joint Surg Am. 1995;77(11):1631-1638. doi:10.2106/00004623-199511000-00001. PMID: 7593072.',
  },
  {
    id: 'statpearls-vertebral-compression-fractures',
    citation: 'Vertebral Compression Fractures. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing. NCBI Bookshelf NBK448171.',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK448171/',
  },
  {
    id: 'spiegl-2022',
    citation:
      'Spiegl UJ, Scheyerer MJ, Osterhoff G, et al. Osteoporotic mid-thoracic vertebral body fractures: what are the differences compared to fractures of the lumbar spine? A systematic review. Eur J Trauma Emerg Surg. 2022;48(3):1639-1647. doi:10.1007/s00068-021-01792-z. PMID: 34590172. PMCID: PMC9192434.',
  },
  { id: 'statpearls-scoliosis', citation: 'Scoliosis. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing. NCBI Bookshelf.' },
  {
    id: 'aaos-orthoinfo-scoliosis',
    citation: 'American Academy of Orthopaedic Surgeons. OrthoInfo: Scoliosis. https://orthoinfo.aaos.org/. Accessed 2026.',
    url: 'https://orthoinfo.aaos.org/',
  },
  {
    id: 'sieper-2009-asas',
    citation:
      'Sieper J, van der Heijde D, Landewé R, et al. New criteria for inflammatory back pain in patients with chronic back pain: a real patient exercise by experts from the Assessment of SpondyloArthritis international Society (ASAS). Ann Rheum Dis. 2009;68(6):784-788. doi:10.1136/ard.2008.101501. PMID: 19147614.',
  },
  {
    id: 'statpearls-ankylosing-spondylitis',
    citation:
      'Wenker KJ, Quint JM. Ankylosing Spondylitis. [Updated 2023 Apr 3]. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing. NCBI Bookshelf NBK470173. PMID: 29261996.',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK470173/',
  },
  {
    id: 'kibler-2013',
    citation:
      'Kibler WB, Ludewig PM, McClure PW, et al. Clinical implications of scapular dyskinesis in shoulder injury: the 2013 consensus statement. Br J Sports Med. 2013;47:877-885. doi:10.1136/bjsports-2013-092425. PMID: 23580420.',
  },
  {
    id: 'ludewig-reynolds-2009',
    citation:
      'Ludewig PM, Reynolds JF. The association of scapular kinematics and glenohumeral joint pathologies. J Orthop Sports Phys Ther. 2009;39(2):90-104. doi:10.2519/jospt.2009.2808. PMID: 19194022.',
  },
  {
    id: 'struyf-2011',
    citation:
      'Struyf F, Nijs J, Baeyens JP, Mottram S, Meeusen R. Scapular positioning and movement in unimpaired shoulders, shoulder impingement syndrome, and glenohumeral instability. Scand J Med Sci Sports. 2011;21:352-358. doi:10.1111/j.1600-0838.2010.01274.x.',
  },
  {
    id: 'janda-crossed-syndromes',
    citation:
      "Page P, Frank CC, Lardner R. Assessment and Treatment of Muscle Imbalance: The Janda Approach. Champaign (IL): Human Kinetics; 2010 (describes Janda's upper and lower crossed syndromes).",
  },
  // Infection, inflammation, trauma
  {
    id: 'idsa-2015-vertebral-osteomyelitis',
    citation:
      'Berbari EF, Kanj SS, Kowalski TJ, et al. 2015 Infectious Diseases Society of America (IDSA) clinical practice guidelines for the diagnosis and treatment of native vertebral osteomyelitis in adults. Clin Infect Dis. 2015;61(6):e26-e46. doi:10.1093/cid/civ482. PMID: 26229122.',
  },
  {
    id: 'eular-acr-2012-pmr',
    citation:
      'Dasgupta B, Cimmino MA, Maradit-Kremers H, et al. 2012 provisional classification criteria for polymyalgia rheumatica: a European League Against Rheumatism/American College of Rheumatology collaborative initiative. Ann Rheum Dis. 2012;71(4):484-492. doi:10.1136/annrheumdis-2011-200329.',
  },
  {
    id: 'acr-fibromyalgia-criteria',
    citation:
      'Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 revisions to the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum. 2016;46(3):319-329. doi:10.1016/j.semarthrit.2016.08.012. PMID: 27916278 (revising the American College of Rheumatology 1990 classification and 2010 diagnostic criteria).',
  },
  {
    id: 'eular-2017-fibromyalgia',
    citation: 'Macfarlane GJ, Kronisch C, Dean LE, et al. EULAR revised recommendations for the management of fibromyalgia. Ann Rheum Dis. 2017;76(2):318-328. doi:10.1136/annrheumdis-2016-209724.',
  },
  {
    id: 'quebec-task-force-1995',
    citation:
      'Spitzer WO, Skovron ML, Salmi LR, et al. Scientific monograph of the Quebec Task Force on Whiplash-Associated Disorders: redefining "whiplash" and its management. Spine (Phila Pa 1976). 1995;20(8 Suppl):1S-73S.',
  },
  {
    id: 'stiell-2001-canadian-c-spine',
    citation: 'Stiell IG, Wells GA, Vandemheen KL, et al. The Canadian C-spine rule for radiography in alert and stable trauma patients. JAMA. 2001;286(15):1841-1848. doi:10.1001/jama.286.15.1841. PMID: 11597285.',
  },
  // Added for causes the fact sheet cites only as "general references"
  {
    id: 'mcdonnell-2011-rib-stress',
    citation:
      'McDonnell LK, Hume PA, Nolte V. Rib stress fractures among rowers: definition, epidemiology, mechanisms, risk factors and effectiveness of injury prevention strategies. Sports Med. 2011;41(11):883-901. PMID: 21985212.',
  },
  {
    id: 'povlsen-2018-tos',
    citation:
      'Povlsen S, Povlsen B. Diagnosing thoracic outlet syndrome: current approaches and future directions. Diagnostics (Basel). 2018;8(1):21. doi:10.3390/diagnostics8010021. PMID: 29558408.',
  },
  {
    id: 'eau-urological-infections',
    citation: 'European Association of Urology. EAU Guidelines on Urological Infections (section on pyelonephritis). Arnhem: EAU Guidelines Office. https://uroweb.org/guidelines/urological-infections. Accessed 2026.',
    url: 'https://uroweb.org/guidelines/urological-infections',
  },
  {
    id: 'eau-urolithiasis',
    citation: 'European Association of Urology. EAU Guidelines on Urolithiasis. Arnhem: EAU Guidelines Office. https://uroweb.org/guidelines/urolithiasis. Accessed 2026.',
    url: 'https://uroweb.org/guidelines/urolithiasis',
  },
  {
    id: 'mackie-2020-bsr-gca',
    citation:
      'Mackie SL, Dejaco C, Appenzeller S, et al. British Society for Rheumatology guideline on diagnosis and treatment of giant cell arteritis. Rheumatology (Oxford). 2020;59(3):e1-e23.',
  },
  // ---- new causes (issue 12) ----
  {
    id: 'esc-2024-ccs',
    citation:
      'Vrints C, Andreotti F, Koskinas KC, et al. 2024 ESC Guidelines for the management of chronic coronary syndromes. Eur Heart J. 2024;45(36):3415-3537. doi:10.1093/eurheartj/ehae177.',
  },
  {
    id: 'esc-2023-acs',
    citation:
      'Byrne RA, Rossello X, Coughlan JJ, et al. 2023 ESC Guidelines for the management of acute coronary syndromes. Eur Heart J. 2023;44(38):3720-3826. doi:10.1093/eurheartj/ehad191.',
  },
  {
    id: 'nice-cg126',
    citation: 'National Institute for Health and Care Excellence. Stable angina: management. NICE clinical guideline CG126; 2011 (evidence reviewed 2016).',
    url: 'https://www.nice.org.uk/guidance/cg126',
  },
  {
    id: 'bts-2018-mesothelioma',
    citation:
      'Woolhouse I, Bishop L, Darlison L, et al. British Thoracic Society Guideline for the investigation and management of malignant pleural mesothelioma. Thorax. 2018;73(Suppl 1):i1-i30.',
  },
  {
    id: 'caforio-2013-myocarditis',
    citation:
      'Caforio ALP, Pankuweit S, Arbustini E, et al. Current state of knowledge on aetiology, diagnosis, management, and therapy of myocarditis: a position statement of the European Society of Cardiology Working Group on Myocardial and Pericardial Diseases. Eur Heart J. 2013;34(33):2636-2648. doi:10.1093/eurheartj/eht210.',
  },
  {
    id: 'esc-2021-heart-failure',
    citation:
      'McDonagh TA, Metra M, Adamo M, et al. 2021 ESC Guidelines for the diagnosis and treatment of acute and chronic heart failure. Eur Heart J. 2021;42(36):3599-3726. doi:10.1093/eurheartj/ehab368.',
  },
  {
    id: 'elkayam-2014-pregnancy-mi',
    citation:
      'Elkayam U, Jalnapurkar S, Barakkat MN, Khatri N, Kealey AJ, Mehra A, Roth A. Pregnancy-associated acute myocardial infarction: a review of contemporary experience in 150 cases between 2006 and 2011. Circulation. 2014;129(16):1695-1702.',
  },
  {
    id: 'wenger-frick-1999',
    citation: 'Wenger DR, Frick SL. Scheuermann kyphosis. Spine. 1999;24(24):2630-2639.',
  },
  {
    id: 'lonner-2007-scheuermann',
    citation:
      "Lonner BS, Newton P, Betz R, et al. Operative management of Scheuermann's kyphosis in 78 patients: radiographic outcomes, complications, and technique. Spine (Phila Pa 1976). 2007;32(24):2644-2652. doi:10.1097/BRS.0b013e31815a5238.",
  },
  {
    id: 'mader-2017-dish',
    citation:
      'Mader R, Verlaan JJ, Eshed I, et al. Diffuse idiopathic skeletal hyperostosis (DISH): where we are now and where to go next. RMD Open. 2017;3(1):e000472. doi:10.1136/rmdopen-2017-000472.',
  },
  {
    id: 'resnick-1976-dish',
    citation:
      'Resnick D, Niwayama G. Radiographic and pathologic features of spinal involvement in diffuse idiopathic skeletal hyperostosis (DISH). Radiology. 1976;119(3):559-568.',
  },
  {
    id: 'westerveld-2009-ankylosed-spine-fractures',
    citation:
      'Westerveld LA, Verlaan JJ, Oner FC. Spinal fractures in patients with ankylosing spinal disorders: a systematic review of the literature on treatment, neurological status and complications. Eur Spine J. 2009;18(2):145-156. doi:10.1007/s00586-008-0764-0.',
  },
  {
    id: 'dwyer-1990',
    citation: 'Dwyer A, Aprill C, Bogduk N. Cervical zygapophyseal joint pain patterns. I: A study in normal volunteers. Spine. 1990;15(6):453-457.',
  },
  {
    id: 'aprill-1990',
    citation:
      'Aprill C, Dwyer A, Bogduk N. Cervical zygapophyseal joint pain patterns. II: A clinical evaluation. Spine. 1990;15(6):458-461. doi:10.1097/00007632-199006000-00005.',
  },
  {
    id: 'fukui-1996',
    citation:
      'Fukui S, Ohseto K, Shiotani M, Ohno K, Karasawa H, Naganuma Y, Yuda Y. Referred pain distribution of the cervical zygapophyseal joints and cervical dorsal rami. Pain. 1996;68(1):79-83. doi:10.1016/S0304-3959(96)03173-9. PMID: 9252002.',
  },
  {
    id: 'cooper-2007',
    citation: 'Cooper G, Bailey B, Bogduk N. Cervical zygapophysial joint pain maps. Pain Med. 2007;8(4):344-353.',
  },
  {
    id: 'lord-1996-rf-neurotomy',
    citation:
      'Lord SM, Barnsley L, Wallis BJ, McDonald GJ, Bogduk N. Percutaneous radio-frequency neurotomy for chronic cervical zygapophyseal-joint pain. N Engl J Med. 1996;335(23):1721-1726. doi:10.1056/NEJM199612053352302. PMID: 8929263.',
  },
  {
    id: 'bogduk-2011-whiplash',
    citation: 'Bogduk N. On cervical zygapophysial joint pain after whiplash. Spine. 2011;36(25 Suppl):S194-S199. doi:10.1097/BRS.0b013e3182387f1d.',
  },
  {
    id: 'hanak-2005-cough-rib-fractures',
    citation: 'Hanak V, Hartman TE, Ryu JH. Cough-induced rib fractures. Mayo Clin Proc. 2005;80(7):879-882. doi:10.4065/80.7.879.',
  },
  {
    id: 'van-alfen-2011',
    citation: 'van Alfen N. Clinical and pathophysiological concepts of neuralgic amyotrophy. Nat Rev Neurol. 2011;7(6):315-322. doi:10.1038/nrneurol.2011.62.',
  },
  {
    id: 'van-eijk-2016',
    citation:
      'van Eijk JJJ, Groothuis JT, van Alfen N. Neuralgic amyotrophy: an update on diagnosis, pathophysiology, and treatment. Muscle Nerve. 2016;53(3):337-350. doi:10.1002/mus.25008.',
  },
  {
    id: 'garg-2011-spinal-tb',
    citation: 'Garg RK, Somvanshi DS. Spinal tuberculosis: a review. J Spinal Cord Med. 2011;34(5):440-454.',
  },
  {
    id: 'cormican-2006-spinal-tb',
    citation:
      'Cormican L, Hammal R, Messenger J, Milburn HJ. Current difficulties in the diagnosis and management of spinal tuberculosis. Postgrad Med J. 2006;82(963):46-51. doi:10.1136/pgmj.2005.032862. PMID: 16397080.',
  },
] as const satisfies readonly Source[];

/** Every source id, as a type: claims that cite an unknown id do not compile. */
export type SourceId = (typeof list)[number]['id'];

export const sources: Source[] = list.map((s) => ({ ...s }));
