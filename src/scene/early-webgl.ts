// The WebGL context and three's renderer are created at start-up, before React renders and before the
// page first paints. In software GL (SwiftShader, on machines without a GPU) the GPU process also
// rasterises the page; a context asked for after the first paint, and the renderer's many synchronous
// queries of it, wait behind that work, which cost several hundred ms of the first frame. Creating
// them first also answers "is there WebGL at all?" without a second, throwaway context.
import { createRoot, type ReconcilerRoot } from '@react-three/fiber';
import { NoToneMapping, PCFSoftShadowMap, WebGLRenderer } from 'three';

/** What three's renderer would ask for, minus MSAA: in software GL it costs more than the model. */
const ATTRIBUTES: WebGLContextAttributes = {
  alpha: false,
  antialias: false,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  powerPreference: 'high-performance',
};

export interface GLSurface {
  canvas: HTMLCanvasElement;
  renderer: WebGLRenderer;
  /**
   * The R3F root that draws into the canvas, made once with it. R3F releases the context of a root that
   * unmounts, so the root lives as long as the surface: views render into it and never unmount it.
   */
  root: ReconcilerRoot<HTMLCanvasElement>;
  /** Device pixels per CSS pixel to draw at (see pixelRatioFor). */
  pixelRatio: number;
}

/**
 * Without a GPU the browser draws WebGL on the CPU (SwiftShader, llvmpipe), where the cost of a frame
 * grows with its pixels: the muscles, bones and skin are shaded over most of the view. There the view
 * draws at three quarters of the CSS resolution, which roughly halves every frame, so turning the model
 * stays usable on a clinic laptop; text and panels are HTML and stay sharp.
 */
export const SOFTWARE_PIXEL_RATIO = 0.75;

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** Whether the context is drawn by a CPU renderer rather than a GPU. */
export function isSoftwareRenderer(gl: WebGLRenderingContext | WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return SOFTWARE_RENDERER.test(String(name));
}

/** Pixel ratio for a view: the screen's, between 1 and 2, or SOFTWARE_PIXEL_RATIO on a CPU renderer. */
export function pixelRatioFor(software: boolean, devicePixelRatio: number): number {
  return software ? SOFTWARE_PIXEL_RATIO : Math.min(Math.max(devicePixelRatio, 1), 2);
}

/** A new canvas with a WebGL 2 (else 1) context, or null when the browser has no WebGL. */
export function createSurface(doc: Document = document): GLSurface | null {
  try {
    const canvas = doc.createElement('canvas');
    const context = canvas.getContext('webgl2', ATTRIBUTES) ?? canvas.getContext('webgl', ATTRIBUTES);
    if (!context) return null;
    const renderer = new WebGLRenderer({ canvas, context });
    // Set now, so shaders warmed up before R3F adopts the renderer still match (both are part of three's
    // shader program key); AdoptedCanvas keeps them. No tone mapping: a colour is drawn as itself, so the
    // legend's swatches are the colours on the model (ACES darkened and shifted them by ΔE 6–17).
    renderer.toneMapping = NoToneMapping;
    renderer.shadowMap.type = PCFSoftShadowMap;
    // Checking a program's compile and link status waits for the GPU process to finish building it, which
    // in software GL held the page up for ~90 ms at start-up. Our shaders are three's own, unchanged, so
    // only development builds check them (and report a broken one in the console).
    renderer.debug.checkShaderErrors = import.meta.env.DEV;
    // three asks for this at the first texture upload. A first getExtension waits for the GPU process,
    // which then is at its busiest (17–40 ms in traces); now it answers at once, and three keeps the answer.
    renderer.extensions.has('EXT_texture_filter_anisotropic');
    const view = doc.defaultView;
    const pixelRatio = pixelRatioFor(isSoftwareRenderer(context), view?.devicePixelRatio ?? 1);
    // The view fills the window (see .stage in styles.css). Sizing the drawing buffer now, while the
    // GPU process is idle, makes the view's own resize on mount a no-op instead of a reallocation.
    renderer.setPixelRatio(pixelRatio);
    if (view) renderer.setSize(view.innerWidth, view.innerHeight);
    return { canvas, renderer, root: createRoot(canvas), pixelRatio };
  } catch {
    return null;
  }
}
