// A 2D body chart, front and back side by side, drawn to read in black and white (the handout is printed on
// office printers): outlines for the body, hatched grey with a solid edge where pain is felt, bold numbered
// dots for the pain map's marks. The back view is seen from behind (the patient's left on the viewer's
// left), the front view from the front. Shapes are drawn in the back's cm frame (body-chart-shapes.ts), so
// a zone from src/pain/zones.ts lands where it is on the body; each view only mirrors and shifts it.
import { useId, type ReactNode, type SVGAttributes } from 'react';
import { bodyRegions } from '../../content';
import type { BodyRegionId, Mode } from '../../content/types';
import type { BackPoint, ZoneRect } from '../pain/zones';
import {
  COLLARBONE,
  FIGURE_BOTTOM,
  FIGURE_HALF_WIDTH,
  FIGURE_TOP,
  NAVEL,
  REGION_SHAPES,
  SCAPULA,
  SILHOUETTE,
  SPINE_LINE,
  type Shape,
  type View,
} from './body-chart-shapes';

export interface BodyChartProps {
  /** Back patches to draw on the back view (cm, model frame; src/pain/zones.ts). Default []. */
  zones?: readonly ZoneRect[];
  /** Places past the back to shade on either view (content BodyRegionId). Default []. */
  regions?: readonly BodyRegionId[];
  /** Pain-map marks on the back (cm, model frame), numbered from 1 in this order. Default []. */
  marks?: readonly BackPoint[];
  /** Wording of the region names in the accessible label. */
  mode: Mode;
  /** Accessible title, default "Body chart". */
  title?: string;
}

const MARGIN = 3;
/** Room for the view names, sized to stay near 9 pt when the chart prints about 6 cm tall. */
const LABEL_H = 14;
/** Where the model's y = 0 (C7's tip) sits in the SVG. */
const ORIGIN_Y = MARGIN + LABEL_H + FIGURE_TOP;
const FIGURE_W = 2 * FIGURE_HALF_WIDTH;
const GAP = 10;
/** Each view's centre line and its x direction: the back is seen from behind, so the patient's left (+x) is on the viewer's left. */
export const VIEWS: Record<View, { cx: number; sx: 1 | -1; label: string }> = {
  front: { cx: MARGIN + FIGURE_HALF_WIDTH, sx: 1, label: 'Front' },
  back: { cx: MARGIN + FIGURE_W + GAP + FIGURE_HALF_WIDTH, sx: -1, label: 'Back' },
};
const WIDTH = 2 * MARGIN + 2 * FIGURE_W + GAP;
const SIDE_LABEL_Y = ORIGIN_Y - FIGURE_BOTTOM + 9;
const HEIGHT = SIDE_LABEL_Y + MARGIN;

/** A point of the back (cm, model frame) in the SVG, on the given view. */
export function toChart(view: View, p: BackPoint): { x: number; y: number } {
  const v = VIEWS[view];
  return { x: v.cx + v.sx * p.x, y: ORIGIN_Y - p.y };
}

const STROKE = '#000';
const INK = 0.5;

/** Paint and data attributes common to path, ellipse and rect. */
type Paint = SVGAttributes<SVGElement> & { [data: `data-${string}`]: string };

function ShapeElement({ shape, ...paint }: { shape: Shape } & Paint) {
  if (shape.kind === 'path') return <path d={shape.d} {...paint} />;
  if (shape.kind === 'ellipse') return <ellipse cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} {...paint} />;
  return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} {...paint} />;
}

/** A shape on the patient's left, or mirrored to the right. */
function Sided({ mirrored, children }: { mirrored: boolean; children: ReactNode }) {
  return mirrored ? <g transform="scale(-1 1)">{children}</g> : <>{children}</>;
}

/** The view's own frame: cm with y up, mirrored for the back. */
const frame = (view: View): string => `translate(${VIEWS[view].cx} ${ORIGIN_Y}) scale(${VIEWS[view].sx} -1)`;

/** "Body chart. Where it is felt: 2 areas on the back view; your left arm. 3 marks." */
export function bodyChartLabel(
  title: string,
  zones: readonly ZoneRect[],
  regions: readonly BodyRegionId[],
  marks: readonly BackPoint[],
  mode: Mode,
): string {
  const names = bodyRegions.filter((r) => regions.includes(r.id)).map((r) => r.name[mode]);
  const places = [
    ...(zones.length > 0 ? [`${zones.length} ${zones.length === 1 ? 'area' : 'areas'} on the back view`] : []),
    ...(names.length > 0 ? [names.join(', ')] : []),
  ];
  const felt = places.length > 0 ? `Where it is felt: ${places.join('; ')}.` : 'Nothing shaded.';
  const count = marks.length === 0 ? 'No marks.' : `${marks.length} ${marks.length === 1 ? 'mark' : 'marks'}.`;
  return `${title}. Front and back views. ${felt} ${count}`;
}

export function BodyChart({ zones = [], regions = [], marks = [], mode, title = 'Body chart' }: BodyChartProps) {
  // useId's characters are not all valid in url(#…) references.
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const hatch = `${uid}-hatch`;
  const spill = `${uid}-spill`;
  const clip = `${uid}-body`;
  const views: View[] = ['front', 'back'];

  return (
    <figure className="body-chart">
      <svg
        role="img"
        aria-label={bodyChartLabel(title, zones, regions, marks, mode)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <defs>
          {/* Grey under black hatching: still reads as shaded when grey prints as white. */}
          <pattern id={hatch} patternUnits="userSpaceOnUse" width="1.8" height="1.8" patternTransform="rotate(45)">
            <rect width="1.8" height="1.8" fill="#c8c8c8" />
            <line x1="0" y1="0" x2="0" y2="1.8" stroke={STROKE} strokeWidth="0.55" />
          </pattern>
          {/* Where pain may spread: sparser and lighter, with a dashed edge. */}
          <pattern id={spill} patternUnits="userSpaceOnUse" width="3" height="3" patternTransform="rotate(-45)">
            <rect width="3" height="3" fill="#ececec" />
            <line x1="0" y1="0" x2="0" y2="3" stroke={STROKE} strokeWidth="0.35" />
          </pattern>
          {/* Back zones are boxes; the body's outline trims them at the flanks and the neck. */}
          {/* A clipPath may hold shapes but not groups, so each part carries the view's transform itself. */}
          <clipPath id={clip}>
            {SILHOUETTE.map((part, i) => (
              <ShapeElement key={i} shape={part.shape} transform={`${frame('back')}${part.mirrored ? ' scale(-1 1)' : ''}`} />
            ))}
          </clipPath>
        </defs>

        {views.map((view) => {
          const { cx, label } = VIEWS[view];
          // Viewer's left and right name the patient's sides: the back shows the left on the left.
          const [onLeft, onRight] = view === 'back' ? ['Left', 'Right'] : ['Right', 'Left'];
          return (
            <g key={view} className={`body-chart-${view}`} data-view={view} data-center-x={cx}>
              <text x={cx} y={MARGIN + LABEL_H - 3} textAnchor="middle" fontSize="11" fontWeight="700">
                {label}
              </text>
              <g transform={frame(view)}>
                {SILHOUETTE.map((part, i) => (
                  <Sided key={i} mirrored={part.mirrored}>
                    <ShapeElement shape={part.shape} fill="#fff" stroke={STROKE} strokeWidth={INK} strokeLinejoin="round" />
                  </Sided>
                ))}
                {view === 'back' ? (
                  <g fill="none" stroke="#777" strokeWidth="0.35">
                    <ShapeElement shape={SPINE_LINE} strokeDasharray="1.2 1" />
                    <ShapeElement shape={SCAPULA} />
                    <g transform="scale(-1 1)">
                      <ShapeElement shape={SCAPULA} />
                    </g>
                  </g>
                ) : (
                  <g fill="none" stroke="#777" strokeWidth="0.35">
                    <ShapeElement shape={COLLARBONE} />
                    <g transform="scale(-1 1)">
                      <ShapeElement shape={COLLARBONE} />
                    </g>
                    <ShapeElement shape={NAVEL} fill="#777" />
                  </g>
                )}
                {regions.map((id) => {
                  const region = REGION_SHAPES[id];
                  if (!region.views.includes(view)) return null;
                  return (
                    <Sided key={id} mirrored={region.mirrored}>
                      <ShapeElement
                        shape={region.shape}
                        data-region={id}
                        fill={`url(#${hatch})`}
                        stroke={STROKE}
                        strokeWidth={INK * 1.6}
                        strokeLinejoin="round"
                      />
                    </Sided>
                  );
                })}
              </g>
              <text x={cx - FIGURE_HALF_WIDTH} y={SIDE_LABEL_Y} textAnchor="start" fontSize="7">
                {onLeft}
              </text>
              <text x={cx + FIGURE_HALF_WIDTH} y={SIDE_LABEL_Y} textAnchor="end" fontSize="7">
                {onRight}
              </text>
            </g>
          );
        })}

        <g className="body-chart-zones" clipPath={`url(#${clip})`}>
          {zones.map((z, i) => {
            // Mirrored: the zone's left edge on the chart is its patient-side outer or inner edge, whichever maps leftmost.
            const a = toChart('back', { x: z.x0, y: z.y1 });
            const b = toChart('back', { x: z.x1, y: z.y0 });
            const main = z.weight >= 1;
            return (
              <rect
                key={i}
                data-zone={i}
                x={Math.min(a.x, b.x)}
                y={a.y}
                width={Math.abs(b.x - a.x)}
                height={b.y - a.y}
                fill={`url(#${main ? hatch : spill})`}
                stroke={STROKE}
                strokeWidth={main ? INK * 1.6 : INK}
                strokeDasharray={main ? undefined : '1.5 1'}
              />
            );
          })}
        </g>

        <g className="body-chart-marks">
          {marks.map((m, i) => {
            const p = toChart('back', m);
            return (
              <g key={i} data-mark={i + 1}>
                <circle cx={p.x} cy={p.y} r="3.6" fill="#000" stroke="#fff" strokeWidth="0.7" />
                <text x={p.x} y={p.y} dy="1.6" textAnchor="middle" fontSize="4.6" fontWeight="700" fill="#fff">
                  {i + 1}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="body-chart-legend">
        <span className="legend-item">
          <svg aria-hidden="true" viewBox="0 0 12 12" width="16" height="16">
            <rect x="0.5" y="0.5" width="11" height="11" fill="#c8c8c8" stroke="#000" strokeWidth="1" />
            <path d="M 0.5 6 L 6 0.5 M 0.5 11.5 L 11.5 0.5 M 6 11.5 L 11.5 6" stroke="#000" strokeWidth="0.8" />
          </svg>
          Where it is felt
        </span>
        <span className="legend-item">
          <svg aria-hidden="true" viewBox="0 0 12 12" width="16" height="16">
            <circle cx="6" cy="6" r="5.5" fill="#000" />
            <text x="6" y="8.6" textAnchor="middle" fontSize="7.5" fontWeight="700" fill="#fff">
              1
            </text>
          </svg>
          {mode === 'patient' ? 'Your marks' : 'Marks'}
        </span>
      </figcaption>
    </figure>
  );
}
