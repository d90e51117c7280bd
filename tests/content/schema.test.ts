import { describe, expect, it } from 'vitest';
import { contentSchema } from '../../content/schema';
import { content } from '../../content/index';
import { validateContent } from '../../content/validate';

describe('content schema and cross-references', () => {
  it('parses with the schema', () => {
    const result = contentSchema.safeParse(content);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has no problem of any kind (schema, contract, sources, warning signs, reading grade)', () => {
    expect(validateContent(content)).toEqual([]);
  });

  it('keeps the runtime API free of zod (index.ts has type-only imports of the schema)', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const files = ['index.ts', 'claim.ts', 'sources.ts', 'clinic.ts', 'disclaimer.ts', 'warning-signs.ts'];
    for (const f of files) {
      const src = readFileSync(resolve(__dirname, '../../content', f), 'utf8');
      expect(src, f).not.toMatch(/from ['"]zod['"]/);
      expect(src, f).not.toMatch(/^import (?!type)[^;]*from ['"]\.\/(schema|validate)['"]/m);
    }
  });
});
