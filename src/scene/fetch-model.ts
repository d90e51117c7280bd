// Downloads the model with the app's own fetch before it is parsed. Network and file errors then end
// in a promise the app handles (a message and Retry) instead of an error thrown inside the 3D tree, and
// the download reports byte progress. A GLB states its own length in its header, so a truncated file is
// caught here too.
const GLB_MAGIC = 0x46546c67; // 'glTF'

export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
}

async function readWithProgress(res: Response, onProgress: (percent: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  const total = Number(res.headers.get('content-length')) || 0;
  if (!res.body || total === 0) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(Math.min(99, (received / total) * 100));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return bytes;
}

/** Checks the GLB header: magic, version 2, and a declared length that matches what arrived. */
export function checkGlb(bytes: Uint8Array): string | null {
  if (bytes.byteLength < 12) return 'the file is too short to be a 3D model';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== GLB_MAGIC) return 'the file is not a binary glTF model';
  if (view.getUint32(4, true) !== 2) return 'the model uses an unsupported glTF version';
  const declared = view.getUint32(8, true);
  if (declared !== bytes.byteLength) return `the file is incomplete (${bytes.byteLength} of ${declared} bytes arrived)`;
  return null;
}

/** Resolves to the bytes of the model at `url` once they arrived whole and passed the header check. */
export async function fetchModel(url: string, onProgress: (percent: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new ModelLoadError('the network did not answer');
  }
  if (!res.ok) throw new ModelLoadError(`the server answered ${res.status}`);
  const bytes = await readWithProgress(res, onProgress);
  const problem = checkGlb(bytes);
  if (problem) throw new ModelLoadError(problem);
  onProgress(100);
  return bytes;
}
