// Issue 14, the handout: "Handout" opens the printable page of the current view, and Chromium's own PDF of
// it (page.pdf, print media) is one or two A4 pages that carry the picture of the view, the open cause, the
// pain map's findings, the emergency warning signs with the number to call, the clinic, today's date, the
// disclaimer and the link (the QR code is drawn as vector paths).
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { clinic, disclaimer, warningSigns } from '../../content';
import { regionHeading, useBrowser } from './browser';

const app = useBrowser();

/** The PDF's pages: the text of each (whitespace collapsed) and how many raster images each paints. */
async function readPdf(bytes: Buffer): Promise<{ text: string; images: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: { text: string; images: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
    const ops = await page.getOperatorList();
    const images = ops.fnArray.filter((f) => f === OPS.paintImageXObject || f === OPS.paintInlineImageXObject).length;
    pages.push({ text, images });
  }
  return pages;
}

/** Text as the PDF holds it: hyphenation and line breaks make words split; compare without spaces. */
const squash = (s: string): string => s.replace(/\s+/g, '');

describe('the handout', () => {
  it('prints to one or two A4 pages with the view, the cause, the findings, the warning signs, the clinic, the date, the disclaimer and the link', async () => {
    const { page } = await app.open('?pain=4.5:-10&cause=VIS-01');
    await regionHeading(page, 'Heart attack').waitFor();
    await page.getByRole('button', { name: 'Handout', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Handout' });
    await dialog.waitFor();
    // The picture is the canvas as drawn, taken when the handout opened.
    await expect.poll(() => dialog.locator('img[src^="data:image/png"]').count()).toBe(1);
    await expect(dialog.getByRole('img', { name: /QR/i }).count()).resolves.toBe(1);
    const link = page.url();

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    if (process.env.HANDOUT_PDF) (await import("node:fs")).writeFileSync(process.env.HANDOUT_PDF, pdf);
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = squash(pages.map((p) => p.text).join(' '));
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    for (const expected of [
      'Handout',
      clinic.name,
      clinic.phone,
      today,
      'Heart attack',
      'Mark 1',
      'Trapezius (left)',
      `Call ${clinic.emergencyNumber} now`,
      warningSigns.find((w) => w.id === 'A1')!.sign.patient.slice(0, 60),
      disclaimer.patient.slice(0, 60),
      new URL(link).search.slice(1, 60),
    ])
      expect(text, `the handout's PDF says "${expected}"`).toContain(squash(expected));
    // Nothing of the app behind it is printed.
    expect(text).not.toContain(squash('Where does it hurt?'));
    expect(pages.reduce((n, p) => n + p.images, 0), 'the picture of the view').toBeGreaterThanOrEqual(1);

    // Close gives the app back.
    await page.emulateMedia({ media: 'screen' });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
