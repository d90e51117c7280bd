// Downloads the model with the app's own fetch before it is parsed. Network and file errors then end
// in a promise the app handles (a message and Retry) instead of an error thrown inside the 3D tree, and
// the download reports byte progress. A GLB states its own length in its header, so a truncated file is
// caught here too, and that length is what the progress divides by (a compressed response's
// Content-Length is not the length of the bytes the stream yields).
const GLB_MAGIC = 0x46546c67; // 'glTF'

export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
}

/**
 * The length to divide by before the GLB header has arrived: Content-Length, but only for a body sent as
 * is. With a content-encoding (gzip, br) it counts the compressed bytes while the stream yields the
 * decompressed ones, so it would run the bar to 99 % long before the end.
 */
function plainContentLength(res: Response): number {
  const encoding = (res.headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return 0;
  return Number(res.headers.get('content-length')) || 0;
}

/** The file length a GLB declares in bytes 8–11 of its header, or 0 when `head` does not start a GLB. */
function declaredGlbLength(head: Uint8Array): number {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  return view.getUint32(0, true) === GLB_MAGIC ? view.getUint32(8, true) : 0;
}

/**
 * Reads the body, reporting progress against the length the GLB itself declares once its 12-byte header
 * has arrived: right for every encoding and with no Content-Length at all. Before that, a plain body's
 * Content-Length serves. Reported values only rise and stay below 100 until the caller has checked the file.
 */
async function readWithProgress(res: Response, onProgress: (percent: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  const head = new Uint8Array(12);
  let received = 0;
  let total = plainContentLength(res);
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    if (received < head.byteLength) {
      head.set(value.subarray(0, head.byteLength - received), received);
      if (received + value.byteLength >= head.byteLength) total = declaredGlbLength(head) || total;
    }
    received += value.byteLength;
    if (total > 0) {
      const percent = Math.min(99, (received / total) * 100);
      if (percent > reported) {
        reported = percent;
        onProgress(percent);
      }
    }
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
