// R3F's <Canvas>, for a canvas whose renderer and R3F root already exist (see early-webgl.ts, startup.ts).
// <Canvas> makes its own element, so its context could only be created after the page's first paint; this
// component puts the start-up canvas in its box and renders its children into the start-up root. It never
// unmounts that root (R3F would release the context with it): leaving, it only renders nothing into it.
// The JSX elements the children may use are registered by the caller (see three-catalogue.ts).
import { Component, useEffect, useLayoutEffect, useRef, useState, type ErrorInfo, type ReactNode, type RefObject } from 'react';
import { events as createPointerEvents, useThree, type RenderProps } from '@react-three/fiber';
import { NoToneMapping } from 'three';
import type { GLSurface } from './early-webgl';

type Size = { width: number; height: number; top: number; left: number };

export interface AdoptedCanvasProps
  extends Pick<RenderProps<HTMLCanvasElement>, 'camera' | 'dpr' | 'frameloop' | 'onCreated' | 'onPointerMissed'> {
  /** The canvas, its renderer and its R3F root. */
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

/** Pointer events are read from the box (panels over it stay clickable); a remounted box is connected anew. */
function ConnectEvents({ target }: { target: RefObject<HTMLDivElement | null> }) {
  // Read through `get`: connecting writes the events slice, which a selector on it would see and re-run.
  const get = useThree((s) => s.get);
  useEffect(() => {
    const box = target.current;
    if (!box) return;
    get().events.connect?.(box);
    return () => get().events.disconnect?.();
  }, [get, target]);
  return null;
}

export function AdoptedCanvas({ surface, className, children, camera, dpr, frameloop, onCreated, onPointerMissed }: AdoptedCanvasProps) {
  const boxRef = useRef<HTMLDivElement>(null);
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

  useLayoutEffect(() => {
    if (!size || size.width === 0 || size.height === 0) return;
    let current = true;
    surface.root
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
        onCreated,
      })
      .then(
        () => {
          if (!current) return;
          surface.root.render(
            <Rethrow onError={setError}>
              <ConnectEvents target={boxRef} />
              {children}
            </Rethrow>,
          );
        },
        (e: unknown) => current && setError(e instanceof Error ? e : new Error(String(e))),
      );
    return () => {
      current = false;
    };
  });

  // Leaving (or an error boundary swapping this view out): draw nothing, keep the root and its context.
  useEffect(
    () => () => {
      surface.root.render(null);
    },
    [surface],
  );

  return <div ref={boxRef} className={className} style={{ overflow: 'hidden' }} />;
}
