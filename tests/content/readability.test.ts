import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid, sentenceCount, words } from '../../content/readability';

describe('countSyllables', () => {
  const known: [string, number][] = [
    ['cat', 1],
    ['back', 1],
    ['spine', 1],
    ['blade', 1],
    ['walked', 1],
    ['makes', 1],
    ['table', 2],
    ['muscle', 2],
    ['shoulder', 2],
    ['needed', 2],
    ['people', 2],
    ['boxes', 2],
    ['nation', 2],
    ['special', 2],
    ['collarbone', 3],
    ['dizziness', 3],
    ['breathlessness', 3],
    ['ambulance', 3],
    ['radio', 3],
    ['media', 3],
    ['vertebrae', 3],
    ['anatomy', 4],
    ['emergency', 4],
    ['trapezius', 4],
    ['usually', 4],
  ];
  for (const [word, n] of known) it(`${word} → ${n}`, () => expect(countSyllables(word)).toBe(n));

  it('counts digits one syllable each and ignores punctuation', () => {
    expect(countSyllables('911')).toBe(3);
    expect(countSyllables('"back,"')).toBe(1);
    expect(countSyllables('')).toBe(0);
  });
});

describe('words and sentences', () => {
  it('splits hyphenated words and drops punctuation', () => {
    expect(words('Light-headed, short of breath — call now!')).toEqual(['Light', 'headed', 'short', 'of', 'breath', 'call', 'now']);
  });
  it('counts sentences ending in . ! ? and at least one', () => {
    expect(sentenceCount('One. Two! Three? Four')).toBe(4);
    expect(sentenceCount('No full stop')).toBe(1);
  });
});

describe('fleschKincaid', () => {
  // grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
  it('"The cat sat on the mat." → 6 words, 6 syllables, grade −1.5', () => {
    const r = fleschKincaid('The cat sat on the mat.');
    expect([r.words, r.sentences, r.syllables]).toEqual([6, 1, 6]);
    expect(r.grade).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 1);
  });

  it('a plain two-sentence text scores low', () => {
    // Your(1) back(1) hurts(1). Rest(1) and(1) move(1) gent-ly(2). → 7 words, 2 sentences, 8 syllables
    const r = fleschKincaid('Your back hurts. Rest and move gently.');
    expect([r.words, r.sentences, r.syllables]).toEqual([7, 2, 8]);
    expect(r.grade).toBeCloseTo(0.39 * 3.5 + 11.8 * (8 / 7) - 15.59, 1);
  });

  it('a dense clinical sentence scores far above grade 8', () => {
    const r = fleschKincaid(
      'Costovertebral and costotransverse joint dysfunction produces unilateral paravertebral pain exacerbated by inspiration, mimicking visceral pathology.',
    );
    expect(r.grade).toBeGreaterThan(16);
  });

  it('long sentences raise the grade even with short words', () => {
    const short = fleschKincaid('You can sit. You can stand. You can walk. You can rest.');
    const long = fleschKincaid('You can sit and you can stand and you can walk and you can rest.');
    expect(long.grade).toBeGreaterThan(short.grade);
  });
});
