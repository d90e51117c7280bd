// Issue 6, security: the packages the app ships (production dependencies) carry no high or critical advisory.
// Runs `npm audit --omit=dev --json` and exits 1 when one is found, 2 when the audit itself could not run
// (no network, or a registry without the advisory endpoint): a check that cannot look never says "clean".
// Usage: npx tsx scripts/audit.ts
import { spawnSync } from 'node:child_process';

interface AuditReport {
  metadata?: { vulnerabilities?: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number>> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable?: unknown }>;
  error?: { summary?: string; detail?: string };
  message?: string;
}

const FAILING = new Set(['high', 'critical']);

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`npm audit gave no report (exit ${run.status ?? 'none'}).\n${run.stderr}`);
  process.exit(2);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.error(
    `npm audit could not run: ${report.message ?? report.error?.summary ?? 'no advisory data'}\n` +
      'The registry must answer POST /-/npm/v1/security/advisories/bulk.',
  );
  process.exit(2);
}

const bad = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => FAILING.has(v.severity));
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low.`,
);
if (bad.length > 0 || (counts.high ?? 0) > 0 || (counts.critical ?? 0) > 0) {
  for (const [name, v] of bad) console.error(`  ${v.severity}: ${name}${v.fixAvailable ? ' (fix available)' : ''}`);
  process.exit(1);
}
