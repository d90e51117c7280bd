// Issue 15, in the browser: the tour walks its steps (each a new view of the model and new text, one step by
// keyboard, the link following), a link opens the tour at a step, an unknown step gives a polite notice; the quiz
// answers a round — "find it" by a click on the model where the structure is drawn, the others by choices — and
// ends with the score "N of M".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { structures, tour } from '../../content';
import { appState, canvasIsOnTop, layerControl, nodeAt, screenPointOf, settle, useBrowser } from './browser';
import { LAYER_LABELS, LAYERS } from '../../contract';
import { FINDABLE, layersFor } from '../../src/quiz/questions';
import { linkParam, noticeText } from './interactions-helpers';

const app = useBrowser();

function tourRegion(page: Page) {
  return page.getByRole('region', { name: /Tour/ });
}

async function stepText(page: Page): Promise<string> {
  return (await tourRegion(page).locator('.tour-step').innerText()).trim();
}

describe('tour', () => {
  it('walks five steps with Next, each a new view and new text; one step by keyboard; Back and leaving work', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await settle(page);
    const region = tourRegion(page);
    await expect.poll(() => region.count()).toBe(1);
    expect(await region.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Tour: Pain between the shoulder blades/);
    // A screen reader hears each step: it is a live region, and the heading has the focus on opening.
    expect(await region.locator('[aria-live="polite"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tour-heading');

    const seen: { text: string; view: string; link: string | null }[] = [];
    const record = async (): Promise<void> => {
      const s = await appState(page);
      seen.push({ text: await stepText(page), view: JSON.stringify([s.selected, s.hidden, s.layers]), link: linkParam(page, 'tour') });
    };
    await record();
    for (let i = 1; i < 6; i++) {
      if (i === 3) {
        // One step by keyboard: the focus on "Next", then Enter.
        await region.getByRole('button', { name: 'Next' }).focus();
        await page.keyboard.press('Enter');
      } else {
        await region.getByRole('button', { name: 'Next' }).click();
      }
      await settle(page);
      await record();
    }
    expect(seen.map((s) => s.link)).toEqual(tour.slice(0, 6).map((t) => t.id));
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]?.text, `step ${i + 1} says something new`).not.toBe(seen[i - 1]?.text);
      expect(seen[i]?.view, `step ${i + 1} sets a new view`).not.toBe(seen[i - 1]?.view);
    }
    // The focus stayed on "Next" after the keyboard step.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next');

    await region.getByRole('button', { name: 'Back' }).click();
    await settle(page);
    expect(linkParam(page, 'tour')).toBe(tour[4]?.id);
    expect(await stepText(page)).toBe(seen[4]?.text);

    await page.keyboard.press('Escape');
    await settle(page);
    expect(await tourRegion(page).count()).toBe(0);
    expect(linkParam(page, 'tour')).toBeNull();
  });

  it('on a phone, by touch: "More" then "Tour" (two taps) opens it, "Next" and "Back" are tapped (reduced motion asked for)', async () => {
    const { page } = await app.open('', {
      context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' },
    });
    await page.getByRole('button', { name: /^More/ }).tap();
    await page.getByRole('button', { name: 'Tour', exact: true }).tap();
    await settle(page);
    const region = tourRegion(page);
    await expect.poll(() => region.count()).toBe(1);
    const first = await stepText(page);
    await region.getByRole('button', { name: 'Next' }).tap();
    await settle(page);
    expect(await stepText(page)).not.toBe(first);
    expect(linkParam(page, 'tour')).toBe(tour[1]?.id);
    // Targets of at least 44 px.
    for (const name of ['Back', 'Next', 'Leave tour']) {
      const box = await region.getByRole('button', { name, exact: true }).boundingBox();
      expect(box?.height, name).toBeGreaterThanOrEqual(44);
      expect(box?.width, name).toBeGreaterThanOrEqual(44);
    }
    await region.getByRole('button', { name: 'Back' }).tap();
    await settle(page);
    expect(await stepText(page)).toBe(first);
    await region.getByRole('button', { name: 'Leave tour' }).tap();
    await expect.poll(() => tourRegion(page).count()).toBe(0);
  });

  it('a link opens the tour at a step, with its view; an unknown step gives a polite notice', async () => {
    const step = tour.find((t) => t.id === 'interscapular-muscles');
    const { page } = await app.open('?tour=interscapular-muscles');
    const region = tourRegion(page);
    await expect.poll(() => region.count()).toBe(1);
    expect(await stepText(page)).toContain(step?.title.patient);
    const s = await appState(page);
    expect(s.selected).toBe(step?.view.select);
    expect(s.hidden).toEqual(step?.view.hide);
    expect(linkParam(page, 'tour')).toBe('interscapular-muscles');

    const bad = await app.open('?tour=kidney-stones&select=t4');
    expect(await tourRegion(bad.page).count()).toBe(0);
    expect(await noticeText(bad.page)).toMatch(/not a step of the tour/);
    expect((await appState(bad.page)).selected).toBe('t4');
  });
});

const byName = new Map(structures.map((s) => [s.name.toLowerCase(), s]));

/** The structure a "find it" prompt names ("Find the trapezius on the model and tap it."). */
function askedFor(prompt: string): (typeof structures)[number] {
  const m = /^Find the (.+) on the model and tap it\.$/.exec(prompt);
  const s = m?.[1] ? byName.get(m[1]) : undefined;
  if (!s) throw new Error(`cannot read the structure from “${prompt}”`);
  return s;
}

describe('quiz', () => {
  it('answers a round — find it by a click on the model, the rest by choices — and shows the score "N of M"', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: 'Quiz', exact: true }).click();
    await settle(page);
    const quiz = page.getByRole('region', { name: 'Quiz', exact: true });
    await expect.poll(() => quiz.count()).toBe(1);

    const kinds: string[] = [];
    let right = 0;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const kind = await quiz.getAttribute('data-quiz-kind');
      if (kind === 'done') break;
      kinds.push(kind ?? '');
      total += 1;
      const prompt = (await quiz.locator('.quiz-prompt').innerText()).trim();
      if (kind === 'find-it') {
        const s = askedFor(prompt);
        await settle(page);
        const nodes = s.paired ? [`${s.id}.left`, `${s.id}.right`] : [s.id];
        let point: { x: number; y: number } | null = null;
        for (const n of nodes) {
          const p = await screenPointOf(page, n);
          if (p && (await canvasIsOnTop(page, p))) {
            point = p;
            break;
          }
        }
        expect(point, `${s.id} can be clicked on the model for “${prompt}”`).not.toBeNull();
        if (!point) throw new Error('unreachable');
        expect((await nodeAt(page, point))?.split('.')[0]).toBe(s.id);
        await page.mouse.click(point.x, point.y);
        await settle(page);
        // The pick decided, and it was right.
        expect(await quiz.locator('.quiz-feedback').innerText()).toMatch(/^Right/);
        expect((await appState(page)).selected?.split('.')[0]).toBe(s.id);
        right += 1;
      } else {
        // Answer the first choice: right or wrong, feedback follows and the answer is shown.
        const choices = quiz.locator('.quiz-choice');
        expect(await choices.count()).toBe(4);
        await choices.first().click();
        const feedback = (await quiz.locator('.quiz-feedback').innerText()).trim();
        expect(feedback).toMatch(/^(Right|Not quite\. The answer is )/);
        if (feedback.startsWith('Right')) right += 1;
        expect(await quiz.locator('.quiz-choice.right').count()).toBe(1);
      }
      await quiz.getByRole('button', { name: /^(Next question|See your score)$/ }).click();
      await settle(page);
    }
    expect(kinds).toContain('find-it');
    expect(kinds.some((k) => k !== 'find-it')).toBe(true);
    expect(total).toBeGreaterThanOrEqual(8);
    await expect.poll(() => quiz.getAttribute('data-quiz-kind')).toBe('done');
    expect(await quiz.locator('.quiz-score').innerText()).toBe(`Your score: ${right} of ${total}`);
    // Each miss is one click from its panel.
    const misses = quiz.locator('.quiz-misses button');
    if ((await misses.count()) > 0) {
      await misses.first().click();
      await settle(page);
      expect(await page.getByRole('complementary', { name: 'Information' }).getByRole('heading', { level: 2 }).first().innerText()).toBeTruthy();
    }
    // The score stays on this device.
    expect(await page.evaluate(() => localStorage.getItem('ube.quiz.last'))).toBe(`${right} of ${total}`);
  });

  it('"find it" without a mouse: the question offers the structure list and puts the focus in it', async () => {
    const { page } = await app.open();
    await page.getByRole('button', { name: 'Quiz', exact: true }).click();
    const quiz = page.getByRole('region', { name: 'Quiz', exact: true });
    await expect.poll(() => quiz.getAttribute('data-quiz-kind')).toBe('find-it');
    await quiz.getByRole('button', { name: 'Choose it from the structure list' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    // Escape from the quiz region leaves it and gives the focus back to its button.
    await quiz.getByRole('heading', { level: 3 }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => quiz.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-activity'))).toBe('quiz');
  });

  it('every structure a "find it" question can ask for can be clicked in the view the question sets', async () => {
    const { page } = await app.open();
    for (const id of FINDABLE) {
      const s = structures.find((x) => x.id === id);
      if (!s) throw new Error(id);
      const shown = layersFor(s.layer);
      for (const l of LAYERS) await layerControl(page, LAYER_LABELS[l] as never).setChecked(shown.includes(l));
      await settle(page);
      const nodes = s.paired ? [`${id}.left`, `${id}.right`] : [id];
      const points = await Promise.all(nodes.map((n) => screenPointOf(page, n)));
      expect(points.some((p) => p !== null), `${id} is drawn where a click reaches it`).toBe(true);
    }
  });
});
