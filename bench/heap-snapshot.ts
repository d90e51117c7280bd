// Splits a V8 heap snapshot into compiled code and everything else. Code grows while the JIT optimises
// functions that have become hot (in the app and in the bench's own probes run through the test hook);
// that is not memory the app keeps, so the leak budget is taken on the rest: objects, strings, arrays,
// closures and the DOM's native objects.
import type { CDPSession } from 'playwright-core';

export interface HeapSplit {
  /** Bytes of all nodes in the snapshot. */
  total: number;
  /** Bytes of compiled code (node type "code"). */
  code: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export function splitSnapshot(snapshot: Snapshot): HeapSplit {
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const codeType = nodeTypes[0].indexOf('code');
  let total = 0;
  let code = 0;
  for (let i = 0; i < snapshot.nodes.length; i += stride) {
    const size = snapshot.nodes[i + sizeAt] ?? 0;
    total += size;
    if (snapshot.nodes[i + typeAt] === codeType) code += size;
  }
  return { total, code };
}

/** Takes a snapshot after a forced GC and splits it. */
export async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }): void => {
    chunks.push(e.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return splitSnapshot(JSON.parse(chunks.join('')) as Snapshot);
}
