// Each check must be able to fail: feed deliberately broken content to the validator and expect the problem.
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate';
import { cloneContent } from './helpers';

const problemsOf = (mutate: (c: ReturnType<typeof cloneContent>) => void): string[] => {
  const c = cloneContent();
  mutate(c);
  return validateContent(c);
};

describe('validateContent reports broken content', () => {
  it('accepts the real content', () => {
    expect(validateContent(cloneContent())).toEqual([]);
  });

  it('a schema error (cause id in the wrong form)', () => {
    const p = problemsOf((c) => {
      c.causes[0]!.id = 'MSK-1';
    });
    expect(p.join('\n')).toMatch(/schema: causes\.0\.id/);
  });

  it('a claim without a source', () => {
    const p = problemsOf((c) => {
      c.causes[0]!.feelsLike.sources = [];
    });
    expect(p.join('\n')).toMatch(/every medical claim needs a source/);
  });

  it('an unknown source id', () => {
    const p = problemsOf((c) => {
      c.structures[0]!.function.sources = ['no-such-source'];
    });
    expect(p.join('\n')).toMatch(/unknown source "no-such-source"/);
  });

  it('an unused source', () => {
    const p = problemsOf((c) => {
      c.sources.push({ id: 'never-cited', citation: 'Nobody. Never cited. 2024.' });
    });
    expect(p).toContain('source "never-cited" is never cited');
  });

  it('a structure of the contract without content', () => {
    const p = problemsOf((c) => {
      c.structures = c.structures.filter((s) => s.id !== 'rhomboid-minor');
    });
    expect(p).toContain('structure "rhomboid-minor" of the model contract has no content');
  });

  it('a content structure that the contract does not know', () => {
    const p = problemsOf((c) => {
      c.structures.push({ ...c.structures[0]!, id: 'serratus-anterior' });
    });
    expect(p).toContain('structure "serratus-anterior" is not in the model contract');
  });

  it('a structure in the wrong layer', () => {
    const p = problemsOf((c) => {
      c.structures.find((s) => s.id === 'trapezius')!.layer = 'intrinsic';
    });
    expect(p.join('\n')).toMatch(/structure "trapezius": layer "intrinsic"/);
  });

  it('a cause pointing at an unknown structure', () => {
    const p = problemsOf((c) => {
      c.causes[0]!.involves.push({ structure: 'no-such-muscle', relevance: 'primary' });
    });
    expect(p.join('\n')).toMatch(/unknown structure "no-such-muscle"/);
  });

  it('a cause pointing at an unknown warning sign, and a one-way link', () => {
    const p = problemsOf((c) => {
      c.causes.find((x) => x.id === 'MSK-02')!.warningSigns.push('A9', 'C9');
    });
    expect(p.join('\n')).toMatch(/unknown warning sign "C9"/);
    expect(p.join('\n')).toMatch(/MSK-02 lists warning sign A9, but A9 does not list MSK-02/);
  });

  it('a warning sign pointing at an unknown cause', () => {
    const p = problemsOf((c) => {
      c.warningSigns[0]!.causes.push('VIS-99');
    });
    expect(p.join('\n')).toMatch(/warning sign A1: unknown cause "VIS-99"/);
  });

  it('a patient text above grade 8', () => {
    const p = problemsOf((c) => {
      c.causes[0]!.feelsLike.patient =
        'Musculoligamentous dysfunction characteristically precipitates interscapular discomfort, exacerbated by sustained kyphotic postures.';
    });
    expect(p.join('\n')).toMatch(/causes\[0\]\.feelsLike\.patient: Flesch–Kincaid grade/);
  });

  it('a patient name above grade 8', () => {
    const p = problemsOf((c) => {
      c.causes[0]!.name.patient = 'Musculoligamentous strain';
    });
    expect(p.join('\n')).toMatch(/causes\[0\]\.name\.patient: Flesch–Kincaid grade/);
  });

  it('the word "atypical" anywhere', () => {
    const p = problemsOf((c) => {
      c.causes.find((x) => x.id === 'VIS-01')!.feelsLike.clinician += ' Atypical presentation.';
    });
    expect(p.join('\n')).toMatch(/atypical/);
  });

  it('a duplicate id', () => {
    const p = problemsOf((c) => {
      c.causes.push(structuredClone(c.causes[0]!));
    });
    expect(p).toContain('cause id "MSK-01" appears more than once');
  });

  it('a muscle without anatomy', () => {
    const p = problemsOf((c) => {
      delete c.structures.find((s) => s.id === 'trapezius')!.anatomy;
    });
    expect(p.join('\n')).toMatch(/muscles need origin, insertion, action, innervation and blood supply/);
  });
});
