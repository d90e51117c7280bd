// Checked before the canvas mounts, so a machine without WebGL gets a clear message instead of a blank
// page, while the structure list and overlays keep working.
export function hasWebGL(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
