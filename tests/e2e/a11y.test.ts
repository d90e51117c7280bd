// Issue 5: axe-core finds no serious or critical accessibility violation on the default view, with a
// structure overlay open (both wordings), with the search results open, and on the warning signs.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { regionHeading, settle, useBrowser } from './browser';
import { headingPattern } from './names';

const app = useBrowser();

/** Serious and critical violations, each as "rule (impact): selector — what is wrong", for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}; ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    );
}

describe('axe-core', () => {
  it('no serious or critical violation: default view, search open, structure overlay in both wordings, warning signs', async () => {
    const { page } = await app.open('');
    expect(await seriousViolations(page), 'default view').toEqual([]);

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('rhomboid');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    expect(await seriousViolations(page), 'search results open').toEqual([]);
    await search.press('Enter');
    await regionHeading(page, headingPattern('rhomboid-major.left')).waitFor();
    expect(await seriousViolations(page), 'structure overlay, patient wording').toEqual([]);

    await page.getByRole('radiogroup', { name: 'Wording' }).getByText('Clinician', { exact: true }).click();
    await page.getByRole('radio', { name: 'Clinician' }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: 'Clinician' }).isChecked()).toBe(true);
    expect(await seriousViolations(page), 'structure overlay, clinician wording').toEqual([]);

    await page.getByRole('region', { name: /^Rhomboid major/ }).getByRole('button', { name: 'Warning signs' }).click();
    await regionHeading(page, 'Warning signs').waitFor();
    expect(await seriousViolations(page), 'warning signs').toEqual([]);
  });

  it('no serious or critical violation with a notice showing (a link with an unknown value)', async () => {
    const { page } = await app.open('?select=no-such-muscle');
    await page.getByRole('status').getByText(/no-such-muscle/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
