import { describe, expect, it } from 'vitest';
import { splitSnapshot } from '../../bench/heap-snapshot';

describe('splitSnapshot', () => {
  it('sums node sizes and sets compiled code apart', () => {
    const snapshot = {
      snapshot: { meta: { node_fields: ['type', 'name', 'id', 'self_size'], node_types: [['hidden', 'object', 'code', 'native']] as [string[]] } },
      // type, name, id, self_size
      nodes: [1, 0, 1, 100, 2, 0, 2, 40, 3, 0, 3, 10, 2, 0, 4, 5],
    };
    expect(splitSnapshot(snapshot)).toEqual({ total: 155, code: 45 });
  });
});
