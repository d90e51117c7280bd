// Issue 6, security: the app never renders raw HTML. React escapes every text it renders; these are the ways
// around that (and around the CSP's script rules), and none may appear in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|jsx?|mjs)$/.test(name) ? [path] : [];
  });
}

/** Raw-HTML and string-to-code sinks, each by the pattern that finds it. */
const SINKS: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /insertAdjacentHTML\s*\(/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment\s*\(/],
  ['eval', /(^|[^\w.$])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*['"`]/],
];

function findSinks(text: string): string[] {
  return SINKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

describe('no raw HTML in src/', () => {
  it('the patterns find each sink (so the scan below can fail)', () => {
    const samples = [
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'el.innerHTML = text;',
      'el.outerHTML += text;',
      "el.insertAdjacentHTML('beforeend', x)",
      'document.write(x)',
      'range.createContextualFragment(x)',
      'const y = eval(x);',
      "const f = new Function('return 1');",
      "setTimeout('alert(1)', 0)",
    ];
    for (const s of samples) expect(findSinks(s), s).not.toEqual([]);
    // Reading is fine, and so are look-alikes.
    for (const s of ['if (el.innerHTML === "") {}', 'evaluate(x)', 'retrieval(x)', 'setTimeout(() => 1, 0)']) {
      expect(findSinks(s), s).toEqual([]);
    }
  });

  it('src/ has none of them', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => findSinks(readFileSync(f, 'utf8')).map((sink) => `${relative(ROOT, f)}: ${sink}`));
    expect(found).toEqual([]);
  });
});
