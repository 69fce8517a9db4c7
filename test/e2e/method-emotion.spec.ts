import { expect, test, type Page } from '@playwright/test';
import type { Note } from '../../shared/model';
import { cellCentre, drag, frames, journey, noteCentre, typeNewNote } from './board-helpers';
import { choose, openMethodBoard, openPanel, selectNote, shot, stripHasColour } from './method-helpers';

// The curves' inks (#ad1457, #00695c) at 85% over the paper.
const MAGENTA: [number, number, number] = [185, 55, 111];
const TEAL: [number, number, number] = [38, 127, 115];

/** A dashed line may have a gap at any one x: look at a few x positions around `x`. */
async function dashesNear(page: Page, x: number, y0: number, y1: number, rgb: [number, number, number], tolerance = 60): Promise<boolean> {
  for (const dx of [-12, -6, 0, 6, 12]) if (await stripHasColour(page, x + dx, y0, y1, rgb, tolerance)) return true;
  return false;
}

/** The client point of a board point. */
async function client(page: Page, x: number, y: number) {
  return (await page.evaluate(([bx, by]) => window.__journeyboard!.boardToClient(bx!, by!), [x, y]))!;
}

async function notes(page: Page): Promise<Record<string, Note>> {
  return Object.fromEntries((await journey(page))!.notes.map((n) => [n.text, n]));
}

const WORDS = {
  en: ['Curious', 'Unsure', 'Annoyed', 'Relieved', 'Happy'],
  de: ['Neugierig', 'Unsicher', 'Genervt', 'Erleichtert', 'Zufrieden'],
};

for (const language of ['en', 'de'] as const) {
  test(`emotion curve: faces, height is the score, dragging changes it, a target curve beside it (${language})`, async ({ page }) => {
    const start = await openMethodBoard(page, { language, template: 'funnel', title: 'Emotions' });
    const emotionLane = 3;
    const words = WORDS[language];
    for (let phase = 0; phase < 5; phase++) await typeNewNote(page, await cellCentre(page, phase, emotionLane), words[phase]!);
    let byText = await notes(page);
    // Put where the double-click was (the middle of the lane): neutral, on the neutral level.
    for (const w of words) expect(byText[w]).toMatchObject({ kind: 'emotion', emotion: 0 });

    // Dragging up or down changes the score; the note snaps to its score's level.
    const lane = start.lanes[emotionLane]!;
    const row = (await page.evaluate((id) => window.__journeyboard!.laneHeaderClientRect(id), lane.id))!;
    const dragTo = async (text: string, clientY: number) => {
      const from = await noteCentre(page, byText[text]!.id);
      await drag(page, from, { x: from.x, y: clientY });
    };
    await dragTo(words[2]!, row.y + row.height - 2); // all the way down: -2
    await dragTo(words[4]!, row.y + 2); // all the way up: +2
    byText = await notes(page);
    // One level down is (lane - note - 2 * padding) / 4 board units.
    const step = (lane.height - 120 - 32) / 4;
    const unsure = byText[words[1]!]!;
    const unsureCentre = await noteCentre(page, unsure.id);
    const oneDown = await client(page, 0, step);
    const origin = await client(page, 0, 0);
    await drag(page, unsureCentre, { x: unsureCentre.x, y: unsureCentre.y + (oneDown.y - origin.y) });
    byText = await notes(page);
    expect(words.map((w) => byText[w]!.emotion)).toEqual([0, -1, -2, 0, 2]);
    const levels = words.map((w) => byText[w]!.y);
    expect(levels[4]).toBe(16);
    expect(levels[2]).toBe(lane.height - 120 - 16);
    expect(levels[1]! - levels[0]!).toBeCloseTo(step, 5);

    // The as-is curve runs between the notes: between "Curious" and "Unsure" in magenta.
    const a = await noteCentre(page, byText[words[0]!]!.id);
    const b = await noteCentre(page, byText[words[1]!]!.id);
    expect(await stripHasColour(page, (a.x + b.x) / 2, Math.min(a.y, b.y) - 4, Math.max(a.y, b.y) + 4, MAGENTA)).toBe(true);

    // A target experience: two more notes, moved to the target curve and scored in the panel.
    await openPanel(page, 'details');
    // Beside the as-is notes, right of them in the same cells.
    const besideCentre = async (phase: number) => {
      const centre = await cellCentre(page, phase, emotionLane);
      return { x: centre.x + (await client(page, 150, 0)).x - origin.x, y: centre.y };
    };
    const target1 = await typeNewNote(page, await besideCentre(2), language === 'de' ? 'Ziel: sicher' : 'Goal: confident');
    await selectNote(page, target1);
    await choose(page, 'emotion-curve', 'target');
    await choose(page, 'emotion-score', '1');
    const target2 = await typeNewNote(page, await besideCentre(3), language === 'de' ? 'Ziel: begeistert' : 'Goal: delighted');
    await selectNote(page, target2);
    await choose(page, 'emotion-curve', 'target');
    await choose(page, 'emotion-score', '2');
    const j = (await journey(page))!;
    const t1 = j.notes.find((n) => n.id === target1)!;
    const t2 = j.notes.find((n) => n.id === target2)!;
    expect(t1).toMatchObject({ curve: 'target', emotion: 1, y: 16 + step });
    expect(t2).toMatchObject({ curve: 'target', emotion: 2, y: 16 });
    // Undo takes the last score back (and the note back to its level).
    await page.locator('[data-action="edit.undo"]').click();
    expect((await journey(page))!.notes.find((n) => n.id === target2)).toMatchObject({ emotion: 0, y: 16 + 2 * step });
    await page.locator('[data-action="edit.redo"]').click();

    await page.keyboard.press('Shift+Digit1');
    await frames(page);
    const p = await noteCentre(page, target1);
    const q = await noteCentre(page, target2);
    expect(await dashesNear(page, (p.x + q.x) / 2, Math.min(p.y, q.y) - 4, Math.max(p.y, q.y) + 4, TEAL)).toBe(true);
    await shot(page, `emotion-curves-${language}`);

    // The target curve can be hidden to look at the as-is journey alone.
    await page.getByTestId('curve-target').uncheck();
    expect(await dashesNear(page, (p.x + q.x) / 2, Math.min(p.y, q.y) - 4, Math.max(p.y, q.y) + 4, TEAL)).toBe(false);
    await page.getByTestId('curve-target').check();

    // Close up: the faces are readable.
    await page.mouse.click(a.x, a.y);
    await page.keyboard.press('Shift+Digit2');
    await page.keyboard.press('Control+Digit0');
    await shot(page, `emotion-faces-${language}`);
  });
}
