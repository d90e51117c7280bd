// Budgets (issues 6 and 16) and the printed / written report.
import type { Bytes } from './bytes';
import { KINDS } from './bytes';
import type { LighthouseRun } from './lighthouse';
import type { MemoryResult } from './memory';
import type { RendererInfo } from './measure';
import { kB, ms } from './stats';

export interface Results {
  date: string;
  machine: { cpus: number; node: string; chromium: string };
  runs: number;
  bytes: Bytes;
  firstFrame: { appMs: number; baselineMs: number; ratio: number; appSamples: number[]; baselineSamples: number[]; ratioSamples: number[] };
  clickToOverlay: { ms: number; samples: number[] };
  tapToFindings: { ms: number; samples: number[] };
  /** Orbit fps, app and one-box baseline in the same runs, and their ratio (median of paired runs). */
  orbit: { fps: number; samples: number[]; baselineFps: number; baselineSamples: number[]; ratio: number };
  /** Lighthouse mobile preset on the production build served with gzip: medians of `runs`. */
  lighthouse: Omit<LighthouseRun, 'longTasks' | 'failedAudits'> & { version: string; runs: number; samples: LighthouseRun[] };
  renderer: RendererInfo;
  memory: MemoryResult;
  problems: string[];
}

export interface Budget {
  name: string;
  limit: string;
  value: string;
  ok: boolean;
}

// "KB" and "MB" in the issue are read as 1000 and 1,000,000 bytes: the stricter reading.
export function budgets(r: Results): Budget[] {
  const model = r.bytes.byKind.model.raw;
  const mem = r.memory;
  return [
    { name: 'first-load transfer (gzip)', limit: '≤ 1 MB', value: kB(r.bytes.total.gzip), ok: r.bytes.total.gzip <= 1_000_000 },
    { name: 'model on disk', limit: '≤ 600 kB', value: kB(model), ok: model > 0 && model <= 600_000 },
    { name: 'first frame vs baseline', limit: '≤ 1.2×', value: `${r.firstFrame.ratio.toFixed(2)}×`, ok: r.firstFrame.ratio <= 1.2 },
    { name: 'click → overlay painted', limit: '≤ 100 ms', value: ms(r.clickToOverlay.ms), ok: r.clickToOverlay.ms <= 100 },
    { name: 'pain map: tap → findings painted', limit: '≤ 150 ms', value: ms(r.tapToFindings.ms), ok: r.tapToFindings.ms <= 150 },
    {
      name: 'orbit, all layers, 1280×720, software GL',
      limit: '≥ 20 fps',
      value: `${r.orbit.fps.toFixed(1)} fps (baseline ${r.orbit.baselineFps.toFixed(1)}, ${r.orbit.ratio.toFixed(2)}×)`,
      ok: r.orbit.fps >= 20,
    },
    { name: 'Lighthouse mobile: performance', limit: '≥ 90', value: String(r.lighthouse.performance), ok: r.lighthouse.performance >= 90 },
    { name: 'Lighthouse mobile: accessibility', limit: '100', value: String(r.lighthouse.accessibility), ok: r.lighthouse.accessibility >= 100 },
    { name: 'Lighthouse mobile: best practices', limit: '≥ 95', value: String(r.lighthouse.bestPractices), ok: r.lighthouse.bestPractices >= 95 },
    { name: `JS heap growth without compiled code (${mem.cycles} cycles)`, limit: '≤ 5 %', value: `${mem.growthPct.toFixed(1)} %`, ok: mem.growthPct <= 5 },
    {
      name: 'geometries / textures growth',
      limit: 'none',
      value: `${mem.rendererBefore.geometries}→${mem.rendererAfter.geometries} / ${mem.rendererBefore.textures}→${mem.rendererAfter.textures}`,
      ok: mem.rendererAfter.geometries <= mem.rendererBefore.geometries && mem.rendererAfter.textures <= mem.rendererBefore.textures,
    },
    { name: 'no console or page errors', limit: '0', value: String(r.problems.length), ok: r.problems.length === 0 },
  ];
}

/** The report as a Markdown document (printed, and committed as bench/results/summary.md for the README). */
export function markdown(r: Results, checks: Budget[]): string {
  const b = r.bytes;
  const lines = [
    `# Benchmark (\`npm run bench\`)`,
    '',
    `${r.date} · ${r.machine.cpus} cores, Node ${r.machine.node}, ${r.machine.chromium}, headless, software GL (SwiftShader), 1280×720 · median of ${r.runs} runs`,
    '',
    '## Budgets',
    '',
    '| budget | limit | measured | |',
    '|---|---|---|---|',
    ...checks.map((c) => `| ${c.name} | ${c.limit} | ${c.value} | ${c.ok ? 'ok' : '**OVER**'} |`),
    '',
    '## Bytes on first load',
    '',
    '| kind | raw | gzip |',
    '|---|---|---|',
    ...KINDS.map((k) => `| ${k} | ${kB(b.byKind[k].raw)} | ${kB(b.byKind[k].gzip)} |`),
    `| **total** | ${kB(b.total.raw)} | ${kB(b.total.gzip)} |`,
    '',
    b.contentChunk
      ? `Content ships as its own chunk: \`${b.contentChunk}\`.`
      : 'Content is bundled into the main JS (no separate chunk), so it is counted under js.',
    '',
    '## Timings and rendering',
    '',
    '| figure | value |',
    '|---|---|',
    `| navigation → first frame with the model | ${ms(r.firstFrame.appMs)} |`,
    `| navigation → first frame, baseline (one box) | ${ms(r.firstFrame.baselineMs)} |`,
    `| ratio (median of paired runs) | ${r.firstFrame.ratio.toFixed(2)}× |`,
    `| click on a muscle → overlay painted | ${ms(r.clickToOverlay.ms)} |`,
    `| pain map: tap between the shoulder blades → findings painted | ${ms(r.tapToFindings.ms)} |`,
    `| fps while orbiting, all layers | ${r.orbit.fps.toFixed(1)} (samples ${r.orbit.samples.map((f) => f.toFixed(1)).join(', ')}) |`,
    `| fps of the one-box baseline, same drag | ${r.orbit.baselineFps.toFixed(1)}; app / baseline ${r.orbit.ratio.toFixed(2)}× |`,
    `| draw calls / triangles (all layers) | ${r.renderer.calls} / ${r.renderer.triangles} |`,
    `| JS heap before → after ${r.memory.cycles} cycles, all | ${kB(r.memory.heapBefore)} → ${kB(r.memory.heapAfter)} (${r.memory.heapGrowthPct.toFixed(1)} %) |`,
    `| JS heap before → after, without compiled code | ${kB(r.memory.dataBefore)} → ${kB(r.memory.dataAfter)} (${r.memory.growthPct.toFixed(1)} %) |`,
    '',
    `## Lighthouse mobile (\`${r.lighthouse.version}\`, production build served with gzip, median of ${r.lighthouse.runs})`,
    '',
    '| figure | median | runs |',
    '|---|---|---|',
    `| performance / accessibility / best practices | ${r.lighthouse.performance} / ${r.lighthouse.accessibility} / ${r.lighthouse.bestPractices} | ${r.lighthouse.samples.map((x) => `${x.performance}/${x.accessibility}/${x.bestPractices}`).join(', ')} |`,
    `| first contentful paint | ${ms(r.lighthouse.fcpMs)} | ${r.lighthouse.samples.map((x) => ms(x.fcpMs)).join(', ')} |`,
    `| largest contentful paint | ${ms(r.lighthouse.lcpMs)} | ${r.lighthouse.samples.map((x) => ms(x.lcpMs)).join(', ')} |`,
    `| total blocking time | ${ms(r.lighthouse.tbtMs)} | ${r.lighthouse.samples.map((x) => ms(x.tbtMs)).join(', ')} |`,
    `| speed index / CLS | ${ms(r.lighthouse.speedIndexMs)} / ${r.lighthouse.cls.toFixed(3)} | |`,
    `| long tasks > 50 ms (simulated ms, first run) | ${(r.lighthouse.samples[0]?.longTasks ?? []).map((t) => `${t.durationMs}@${t.startMs}`).join(', ')} | |`,
    `| failed accessibility / best-practice audits | ${[...new Set(r.lighthouse.samples.flatMap((x) => x.failedAudits))].join(', ') || 'none'} | |`,
    '',
    '| figure | value |',
    '|---|---|',
    `| geometries / textures / programs before → after | ${r.memory.rendererBefore.geometries} / ${r.memory.rendererBefore.textures} / ${r.memory.rendererBefore.programs} → ${r.memory.rendererAfter.geometries} / ${r.memory.rendererAfter.textures} / ${r.memory.rendererAfter.programs} |`,
    '',
  ];
  return lines.join('\n');
}
