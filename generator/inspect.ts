// Developer aid: `npx tsx generator/inspect.ts` prints validator results, triangle and node counts.
import { readFileSync } from 'node:fs';
import { validateBytes } from 'gltf-validator';
import { MODEL_PATH } from './build-model';

const bytes = new Uint8Array(readFileSync(MODEL_PATH));
const report = await validateBytes(bytes, { maxIssues: 50 });
console.log(
  `size ${(bytes.length / 1024).toFixed(1)} KB, triangles ${report.info?.totalTriangleCount}, ` +
    `errors ${report.issues.numErrors}, warnings ${report.issues.numWarnings}, infos ${report.issues.numInfos}`,
);
for (const m of report.issues.messages.slice(0, 20)) console.log(m.severity, m.code, m.message, m.pointer);
