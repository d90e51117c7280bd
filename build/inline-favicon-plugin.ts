// Writes the favicon into the page as a data: URL. Chrome looks the icon up again after every same-document
// URL change, and the address bar changes with every selection (the shareable link), so a file icon cost a
// request each time. The install icons in the manifest stay files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ICON_HREF = 'href="/icons/icon.svg"';

/** Applies to the app's own page only (other pages served by Vite, such as the model preview, are left as they are). */
export function inlineFavicon(svgPath = 'public/icons/icon.svg', page = resolve('index.html')): Plugin {
  return {
    name: 'ube-inline-favicon',
    transformIndexHtml(html, ctx) {
      if (resolve(ctx.filename) !== page) return html;
      if (!html.includes(ICON_HREF)) throw new Error(`index.html has no <link rel="icon" ${ICON_HREF}> to inline`);
      const svg = readFileSync(svgPath, 'utf8').trim().replace(/\s*\n\s*/g, ' ');
      return html.replace(ICON_HREF, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
    },
  };
}
