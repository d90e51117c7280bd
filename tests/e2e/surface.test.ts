// The accessible surface other people and tools address by name (contracts.md §3) is there, and the warning
// signs are one click away from an overlay.
import { describe, expect, it } from 'vitest';
import { layerControl, LAYER_NAMES, regionHeading, useBrowser } from './browser';

const app = useBrowser();

describe('accessible surface', () => {
  it('has one canvas, the five layer controls, the structure list, search and the view buttons', async () => {
    const { page } = await app.open();
    await expect(page.locator('canvas').count()).resolves.toBe(1);
    for (const name of LAYER_NAMES) await expect(layerControl(page, name).count(), name).resolves.toBe(1);
    await expect(page.getByRole('tree', { name: 'Structures' }).count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Search' }).count()).resolves.toBe(1);
    for (const name of ['Copy link', 'Reset view']) {
      await expect(page.getByRole('button', { name, exact: true }).count(), name).resolves.toBe(1);
    }
    // A radio group by role, or the native pattern (fieldset, role group) that means the same to a screen reader.
    const wording = page
      .getByRole('radiogroup', { name: 'Wording' })
      .or(page.getByRole('group', { name: 'Wording' }));
    for (const name of ['Patient', 'Clinician']) {
      await expect(wording.getByRole('radio', { name, exact: true }).count(), name).resolves.toBe(1);
    }
    // Loading is over once ready: the progress indicator is gone.
    await expect(page.getByRole('progressbar', { name: 'Loading 3D model' }).count()).resolves.toBe(0);
  });

  it('the warning signs are one click from a structure overlay', async () => {
    const { page } = await app.open('?select=trapezius.left');
    await regionHeading(page, /^Trapezius/).waitFor();
    // The contract asks for one click, not for where the button sits: the overlay or the page around it.
    await page.getByRole('button', { name: 'Warning signs', exact: true }).first().click();
    await regionHeading(page, 'Warning signs').waitFor();
  });
});
