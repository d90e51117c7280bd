// The pain map in the link (`pain=`): marks as `x:y` in centimetres (model frame, one decimal) and answers
// as `<question>:y` or `<question>:n`, in one comma list: `pain=-4.5:-8.2,5:-10,breath:y`. An empty value
// means the pain map is on with no marks yet. Items that are not a mark or a known answer are dropped
// and reported; the rest still apply.
import type { Answer } from './ranking';
import type { BackPoint } from './zones';

export interface PainLink {
  marks: BackPoint[];
  answers: Record<string, Answer>;
  /** Items that were dropped, as written. */
  dropped: string[];
}

/** More marks than this are not a pain map but a scribble; the rest are dropped. */
export const MAX_MARKS = 20;
/** Marks beyond this distance (cm) from C7's tip are off the body. */
const MAX_X_CM = 40;
const MAX_Y_CM = 100;

const MARK = /^(-?\d{1,3}(?:\.\d+)?):(-?\d{1,3}(?:\.\d+)?)$/;
const ANSWER = /^([a-z]+):([yn])$/;

const tenth = (v: number): number => Math.round(v * 10) / 10;

export function parsePain(value: string, questionIds: ReadonlySet<string>): PainLink {
  const out: PainLink = { marks: [], answers: {}, dropped: [] };
  for (const raw of value.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    const mark = MARK.exec(item);
    if (mark) {
      const x = Number(mark[1]);
      const y = Number(mark[2]);
      if (Math.abs(x) <= MAX_X_CM && Math.abs(y) <= MAX_Y_CM && out.marks.length < MAX_MARKS) {
        if (!out.marks.some((m) => m.x === tenth(x) && m.y === tenth(y))) out.marks.push({ x: tenth(x), y: tenth(y) });
        continue;
      }
    }
    const answer = ANSWER.exec(item);
    if (answer && questionIds.has(answer[1] as string)) {
      out.answers[answer[1] as string] = answer[2] === 'y' ? 'yes' : 'no';
      continue;
    }
    out.dropped.push(item);
  }
  return out;
}

export function serializePain(marks: readonly BackPoint[], answers: Readonly<Record<string, Answer>>, questionOrder: readonly string[]): string {
  const items = marks.map((m) => `${tenth(m.x)}:${tenth(m.y)}`);
  for (const id of questionOrder) {
    const a = answers[id];
    if (a) items.push(`${id}:${a === 'yes' ? 'y' : 'n'}`);
  }
  return items.join(',');
}
