import { describe, expect, it } from 'vitest';
import { buildIndex, editDistance, normalise, search } from '../../src/overlays/search-index';
import type { Cause, Structure } from '../../content/types';

const claim = { patient: 'x x', clinician: 'x x', sources: ['s'] };
const structure = (id: string, name: string, layNames: string[], latin?: string): Structure => ({
  id,
  name,
  latin,
  kind: 'bone',
  layer: 'superficial',
  paired: true,
  layNames,
  function: claim,
  painRole: claim,
});
const STRUCTURES = [
  structure('trapezius', 'Trapezius', ['traps'], 'Musculus trapezius'),
  structure('latissimus-dorsi', 'Latissimus dorsi', ['lats']),
  structure('scapula', 'Scapula', ['shoulder blade']),
  structure('rhomboid-major', 'Rhomboid major', []),
];
const CAUSES = [
  {
    id: 'MSK-02',
    name: { patient: 'Poor posture', clinician: 'Postural overload' },
    keywords: ['slouching', 'pain between shoulder blades'],
  } as unknown as Cause,
];
const index = buildIndex(STRUCTURES, CAUSES);
const first = (q: string) => search(index, q)[0];

describe('search', () => {
  it('finds by display, lay and Latin names', () => {
    expect(first('traps')).toMatchObject({ kind: 'structure', id: 'trapezius' });
    expect(first('lats')).toMatchObject({ id: 'latissimus-dorsi' });
    expect(first('shoulder blade')).toMatchObject({ id: 'scapula' });
    expect(first('musculus trapezius')).toMatchObject({ id: 'trapezius' });
  });

  it('tolerates one typo per word', () => {
    expect(first('trapezuis')).toMatchObject({ id: 'trapezius' });
    expect(first('rhombiod')).toMatchObject({ id: 'rhomboid-major' });
    expect(search(index, 'xylophone')).toEqual([]);
  });

  it('finds causes by keywords, ignoring small words', () => {
    expect(first('between the shoulder blades')).toMatchObject({ kind: 'cause', id: 'MSK-02' });
    expect(first('posture')).toMatchObject({ kind: 'cause', id: 'MSK-02' });
  });

  it('normalises case, accents and punctuation', () => {
    expect(normalise('  Rhomboïd—MAJOR! ')).toBe('rhomboid major');
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('abcd', 'wxyz')).toBeGreaterThan(1);
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('search over the real content', async () => {
  const { structures, causes } = await import('../../content');
  const real = buildIndex(structures, causes);
  it('"between shoulder blades" lists the rhomboids, whose lay name it is', () => {
    const ids = search(real, 'between shoulder blades').map((h) => h.id);
    expect(ids).toContain('rhomboid-major');
  });
});
