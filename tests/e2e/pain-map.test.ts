// Issue 14, the consultation: "it hurts here" → what lies beneath, the likely causes (emergencies first and
// marked), the questions with the emergency call-out, the link that reproduces it all, the zone of an open
// cause painted on the back, and the consultation view on a tablet both ways.
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ANCHORS } from '../../src/pain/anchors';
import { canvasImage, regionHeading, settle, useBrowser } from './browser';
import { noticeText } from './interactions-helpers';

const app = useBrowser();

function findings(page: Page) {
  return page.getByRole('region', { name: 'Where it hurts' });
}

/** Taps the model where the left rhomboid major lies (under the trapezius, between the shoulder blades). */
async function tapLeftInterscapular(page: Page): Promise<void> {
  const at = await page.evaluate(() => window.__ube?.centreOf('rhomboid-major.left') ?? null);
  if (!at) throw new Error('rhomboid-major.left is not on screen');
  await page.mouse.click(at.x, at.y);
}

async function beneathFirstMark(page: Page): Promise<string[]> {
  const list = findings(page).locator('.beneath-list > li').first().getByRole('button');
  await list.first().waitFor();
  return list.allInnerTexts();
}

describe('the pain map', () => {
  it('a tap between the shoulder blades on the left: trapezius then rhomboid major beneath; muscle causes and heart attack (Emergency)', async () => {
    const { page } = await app.open();
    const toggle = page.getByRole('button', { name: 'Where does it hurt?', exact: true });
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await regionHeading(page, 'Where it hurts').waitFor();
    await tapLeftInterscapular(page);

    const beneath = await beneathFirstMark(page);
    const trapezius = beneath.indexOf('Trapezius (left)');
    const rhomboid = beneath.indexOf('Rhomboid major (left)');
    expect(trapezius, beneath.join(' · ')).toBeGreaterThanOrEqual(0);
    expect(rhomboid, beneath.join(' · ')).toBeGreaterThan(trapezius);
    // Nothing was selected: a tap in the pain map marks, it does not select.
    await expect(page.evaluate(() => window.__ube?.state().selected)).resolves.toBeNull();

    const region = findings(page);
    const emergencies = region.locator('.cause-list.emergencies li');
    const heart = emergencies.filter({ has: page.getByRole('button', { name: 'Heart attack', exact: true }) });
    await expect(heart.count()).resolves.toBe(1);
    await expect(heart.innerText()).resolves.toContain('Emergency');
    const others = await region.locator('.cause-list:not(.emergencies) li').allInnerTexts();
    expect(others.some((t) => /muscle|strain|posture/i.test(t)), others.join(' · ')).toBe(true);
    // Emergencies come before the other causes on the page.
    const order = await region.locator('.cause-list').evaluateAll((lists) => lists.map((l) => l.classList.contains('emergencies')));
    expect(order[0]).toBe(true);

    // The link holds the mark; a new page opened with it shows the same findings.
    const url = page.url();
    expect(new URL(url).searchParams.get('pain')).toMatch(/^-?\d+(\.\d)?:-?\d+(\.\d)?$/);
    const copy = await app.open(new URL(url).search);
    await regionHeading(copy.page, 'Where it hurts').waitFor();
    await expect(beneathFirstMark(copy.page)).resolves.toEqual(beneath);
    await expect(findings(copy.page).locator('.cause-list').allInnerTexts()).resolves.toEqual(await region.locator('.cause-list').allInnerTexts());

    // "Clear marks" removes them.
    await page.getByRole('button', { name: 'Clear marks', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pain')).toBe('');
    await expect(region.locator('.beneath-list').count()).resolves.toBe(0);
  });

  it('a drag still turns the view and places no mark', async () => {
    const { page } = await app.open('?pain=');
    await regionHeading(page, 'Where it hurts').waitFor();
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 12, y, { steps: 2 });
    await page.mouse.up();
    await settle(page);
    expect(new URL(page.url()).searchParams.get('pain')).toBe('');
    expect(new URL(page.url()).searchParams.get('camera')).not.toBeNull();
  });

  it('an answer that matches an emergency sign shows the call-out at once, with the number to call', async () => {
    const { page } = await app.open('?pain=4.5:-10');
    await regionHeading(page, 'Where it hurts').waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    const question = page.getByRole('group', { name: /shortness of breath, a cold sweat or feeling faint/ });
    await question.getByRole('button', { name: 'Yes', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.getByRole('link', { name: /^Call \d+ now$/ }).getAttribute('href')).resolves.toMatch(/^tel:\d+$/);
    expect(new URL(page.url()).searchParams.get('pain')).toBe('4.5:-10,breath:y');
    // "Is it worse when you breathe in?" alone is not an emergency sign.
    const { page: other } = await app.open('?pain=4.5:-10,breathing:y');
    await regionHeading(other, 'Where it hurts').waitFor();
    await expect(other.getByRole('alert').count()).resolves.toBe(0);
  });

  it('garbage in pain= is dropped with a notice; the marks that are good stay', async () => {
    const { page } = await app.open('?pain=4.5:-10,<b>x</b>,nope:y,9999:1');
    await regionHeading(page, 'Where it hurts').waitFor();
    expect(await noticeText(page)).toMatch(/pain map/);
    await expect(findings(page).locator('.beneath-list > li').count()).resolves.toBe(1);
  });
});

describe("an open cause's zone is painted on the back", () => {
  it('cause=VIS-06 tints the back under the right shoulder blade, not under the left', async () => {
    const y = (CANONICAL_ANCHORS.levels['scapula-bottom'] - 3) / 100;
    const sample = async (query: string) => {
      const { page } = await app.open(query);
      await settle(page);
      const [right, left] = await page.evaluate(
        (py) => [window.__ube!.project([-0.11, py, -0.06]), window.__ube!.project([0.11, py, -0.06])],
        y,
      );
      const img = await canvasImage(page);
      const box = (await page.locator('canvas').boundingBox())!;
      const px = (p: { x: number; y: number }) => {
        const i = (Math.round(p.y - box.y) * img.width + Math.round(p.x - box.x)) * 4;
        return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!] as const;
      };
      return { right: px(right), left: px(left) };
    };
    const plain = await sample('?');
    const zone = await sample('?cause=VIS-06');
    // The zone's colour is blue: the blue channel rises where it is painted, and only there.
    expect(zone.right[2] - plain.right[2], `${plain.right} → ${zone.right}`).toBeGreaterThan(30);
    expect(Math.abs(zone.left[2] - plain.left[2])).toBeLessThan(4);
  });
});

describe('the consultation view on a clinic tablet', () => {
  it.each([
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ])('$width×$height: most of the screen for the model, every text 18 px or more, only what a consultation needs', async (viewport) => {
    const { page } = await app.open('?view=consult&pain=4.5:-10', { context: { viewport } });
    await regionHeading(page, 'Where it hurts').waitFor();
    await settle(page);
    for (const name of ['Where does it hurt?', 'Warning signs', 'Handout']) {
      await expect(page.getByRole('button', { name, exact: true }).first().isVisible(), name).resolves.toBe(true);
    }
    await expect(page.getByRole('searchbox').or(page.getByRole('combobox')).first().isVisible()).resolves.toBe(true);
    for (const name of ['Superficial', 'Intermediate', 'Intrinsic', 'Skeleton', 'Skin'])
      await expect(page.getByRole('switch', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    await expect(page.getByRole('tree', { name: 'Structures' }).isVisible()).resolves.toBe(false);
    // One row of controls, none cut off at the edge; the five layer switches in one strip.
    const spill = await page.evaluate(() => {
      const bar = document.querySelector('.topbar')!.getBoundingClientRect();
      const out = [...document.querySelectorAll('.topbar > *')]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.right > bar.right + 0.5 || r.bottom > bar.bottom + 0.5));
      const rows = new Set([...document.querySelectorAll('.layer-row')].map((e) => Math.round(e.getBoundingClientRect().top)));
      return { out: out.length, rows: rows.size };
    });
    expect(spill).toEqual({ out: 0, rows: 1 });

    const small = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim()) continue;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || r.bottom < 0 || r.top > innerHeight) continue;
        if (el.closest('[aria-hidden="true"]') || style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
        if (parseFloat(style.fontSize) < 18) out.push(`${parseFloat(style.fontSize)}px "${n.textContent.trim().slice(0, 30)}"`);
      }
      return out;
    });
    expect(small).toEqual([]);

    // The part of the canvas no panel covers is most of the screen.
    const free = await page.evaluate(() => {
      const covers = [...document.querySelectorAll('[data-covers-stage]')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
      let freeCount = 0;
      let all = 0;
      for (let y = 4; y < innerHeight; y += 8)
        for (let x = 4; x < innerWidth; x += 8) {
          all++;
          if (!covers.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) freeCount++;
        }
      return freeCount / all;
    });
    expect(free).toBeGreaterThan(0.5);

    // Refresh the README's picture of the consultation (the clinic tablet, landscape).
    if (viewport.width === 1024) await writeFile('docs/consultation.png', await page.screenshot());
  });
});
