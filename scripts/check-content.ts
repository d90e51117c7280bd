// Build gate: validates content/ (schema + cross-references + reading grade). Exits non-zero and lists every
// problem, so `npm run build` stops before vite when the content is wrong.
import { content } from '../content/index';
import { validateContent } from '../content/validate';

const problems = validateContent(content);
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s)\n`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `Content OK: ${content.structures.length} structures, ${content.causes.length} causes, ${content.warningSigns.length} warning signs, ${content.sources.length} sources.`,
);
