import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSchema } from '../../content/schema';
import { content } from '../../content/index';
import { validateContent } from '../../content/validate';

/** Files content/index.ts pulls in at runtime (value imports only; `import type` is erased). */
function runtimeImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) {
        seen.add(spec);
        continue;
      }
      visit(resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
    }
  };
  visit(entry);
  return seen;
}

describe('content schema and cross-references', () => {
  it('parses with the schema', () => {
    const result = contentSchema.safeParse(content);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has no problem of any kind (schema, contract, sources, warning signs, reading grade)', () => {
    expect(validateContent(content)).toEqual([]);
  });

  it('keeps the runtime API free of zod, the schema and the validator', () => {
    const files = [...runtimeImports(resolve(__dirname, '../../content/index.ts'))];
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => f === 'zod' || /content\/(schema|validate)\.ts$/.test(f))).toEqual([]);
  });
});
