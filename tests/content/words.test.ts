import { describe, expect, it } from 'vitest';
import { causeById, clinic, content, warningSigns, warningTiers } from '../../content/index';
import { patientTexts } from '../../content/validate';
import { fleschKincaid, MAX_PATIENT_GRADE } from '../../content/readability';

describe('patient wording', () => {
  const texts = patientTexts(content);

  it('covers every patient field, names included', () => {
    // Structures: function + painRole (+5 anatomy claims per muscle); causes: name + 5 claims; signs: 1;
    // tiers: title + action; disclaimer: 1; tour steps: title + text; body regions: name; pain questions:
    // question; the pain map's note and call-out: 1 each.
    const muscles = content.structures.filter((s) => s.kind === 'muscle').length;
    const expected =
      content.structures.length * 2 + muscles * 5 + content.causes.length * 6 + content.warningSigns.length + content.warningTiers.length * 2 + 1 + content.tour.length * 2 +
      content.bodyRegions.length + content.painQuestions.length + 2;
    expect(texts.length).toBe(expected);
    expect(texts.some((t) => t.path.endsWith('.name.patient'))).toBe(true);
    expect(texts.some((t) => t.path.endsWith('.title.patient'))).toBe(true);
  });

  it(`reads at Flesch–Kincaid grade ${MAX_PATIENT_GRADE} or below, every text`, () => {
    const tooHard = texts.map((t) => ({ ...t, grade: fleschKincaid(t.text).grade })).filter((t) => t.grade > MAX_PATIENT_GRADE);
    expect(tooHard).toEqual([]);
  });
});

describe('words never used', () => {
  it('never says "atypical", in any field', () => {
    expect(JSON.stringify(content)).not.toMatch(/atypical/i);
  });
});

describe('heart attack wording', () => {
  const heart = causeById('VIS-01');
  const a1 = warningSigns.find((w) => w.id === 'A1');
  const emergency = warningTiers.find((t) => t.tier === 'emergency');
  const all = [heart?.feelsLike.patient, heart?.whenToSeeDoctor.patient, a1?.sign.patient].join(' ');

  it('mentions women, between the shoulder blades, breathlessness and dizziness or light-headedness', () => {
    expect(all).toMatch(/women/i);
    expect(all).toMatch(/between (your|the) shoulder blades/i);
    expect(all).toMatch(/short(ness)? of breath|breathless/i);
    expect(all).toMatch(/dizz|light-headed/i);
  });

  it('says chest pain is still the most common symptom in women, and that women may also have or only have other signs', () => {
    expect(heart?.feelsLike.patient).toMatch(/chest pain is still the most common/i);
    expect(heart?.feelsLike.patient).toMatch(/also have, or only have/i);
    expect(heart?.feelsLike.patient).toMatch(/nausea/i);
    expect(heart?.feelsLike.patient).toMatch(/tired/i);
  });

  it('names the emergency action: call the emergency number now, do not drive yourself', () => {
    expect(heart?.whenToSeeDoctor.patient).toContain(`Call ${clinic.emergencyNumber} now`);
    expect(heart?.whenToSeeDoctor.patient).toMatch(/do not drive yourself/i);
    expect(emergency?.action.patient).toMatch(/^Call your local emergency number now\./);
    expect(emergency?.action.patient).toContain(`call ${clinic.emergencyNumber} now`);
    expect(emergency?.action.patient).toMatch(/do not drive yourself/i);
    expect(a1?.tier).toBe('emergency');
  });
});

describe('warning signs', () => {
  it('has the three tiers and every sign A1–A10, B1–B8, C1–C5', () => {
    expect(warningTiers.map((t) => t.tier)).toEqual(['emergency', 'same-day', 'soon']);
    const ids = [
      ...Array.from({ length: 10 }, (_, i) => `A${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `B${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `C${i + 1}`),
    ];
    expect(warningSigns.map((w) => w.id)).toEqual(ids);
  });

  it('uses the clinic file for the clinic and the emergency number', () => {
    expect(clinic).toEqual({
      name: 'Genesis Pain Clinic',
      phone: '(913) 871-9888',
      phoneE164: '+19138719888',
      country: 'the United States',
      emergencyNumber: '911',
    });
  });
});
