// R3F's <Canvas>, for a canvas whose renderer already exists (see early-webgl.ts). <Canvas> makes its
// own element, so its context could only be created after the page's first paint; this component takes
// one made earlier, puts it in its box, and runs an R3F root on it through createRoot. The JSX elements
// the children may use are registered by the caller (see three-catalogue.ts).
import { Component, useInsertionEffect, useLayoutEffect, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { createRoot, events as createPointerEvents, type ReconcilerRoot, type RenderProps } from '@react-three/fiber';
import { NoToneMapping } from 'three';
import type { GLSurface } from './early-webgl';

type Size = { width: number; height: number; top: number; left: number };

export interface AdoptedCanvasProps
  extends Pick<RenderProps<HTMLCanvasElement>, 'camera' | 'dpr' | 'frameloop' | 'onCreated' | 'onPointerMissed'> {
  /** The canvas and its context; the renderer draws into them. */
  surface: GLSurface;
  /** Class of the box the canvas fills. */
  className?: string;
  children?: ReactNode;
}

/** Hands an error thrown inside the 3D tree to the DOM tree, where React's boundaries can see it. */
class Rethrow extends Component<{ onError: (e: Error) => void; children?: ReactNode }> {
  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.props.children;
  }
}

export function AdoptedCanvas({ surface, className, children, camera, dpr, frameloop, onCreated, onPointerMissed }: AdoptedCanvasProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [error, setError] = useState<Error | null>(null);
  if (error) throw error;

  // The canvas follows its box, as <Canvas> does.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    surface.canvas.style.display = 'block';
    box.appendChild(surface.canvas);
    const measure = (): void => {
      const r = box.getBoundingClientRect();
      setSize((s) =>
        s && s.width === r.width && s.height === r.height && s.top === r.top && s.left === r.left
          ? s
          : { width: r.width, height: r.height, top: r.top, left: r.left },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [surface]);

  // Released only on final removal: insertion effects are not replayed by StrictMode, and a replay
  // would otherwise lose the context the page made at start-up. R3F leaves a renderer it was handed
  // alone, so it is disposed here.
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
      surface.renderer.dispose();
    },
    [surface],
  );

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!size || size.width === 0 || size.height === 0 || !box) return;
    const current = (root.current ??= createRoot(surface.canvas));
    current
      .configure({
        gl: surface.renderer,
        size,
        camera,
        dpr,
        frameloop,
        // R3F sets the tone mapping from `flat` (none, else ACES): keep the one early-webgl.ts chose.
        flat: surface.renderer.toneMapping === NoToneMapping,
        events: createPointerEvents,
        onPointerMissed,
        onCreated: (state) => {
          state.events.connect?.(box);
          onCreated?.(state);
        },
      })
      .then(
        () => {
          if (root.current === current) current.render(<Rethrow onError={setError}>{children}</Rethrow>);
        },
        (e: unknown) => setError(e instanceof Error ? e : new Error(String(e))),
      );
  });

  return <div ref={boxRef} className={className} style={{ overflow: 'hidden' }} />;
}
