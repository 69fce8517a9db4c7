import { expect, test } from '@playwright/test';
import { cellCentre, journey, typeNewNote } from './board-helpers';
import { methodMenu, openMethodBoard, shot } from './method-helpers';

const TEXT = {
  en: { heading: 'Switch the phase model', funnel: ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'], three: ['Before purchase', 'During purchase', 'After purchase'] },
  de: { heading: 'Phasenmodell wechseln', funnel: ['Aufmerksamkeit', 'Erwägung', 'Kauf', 'Kundenbindung', 'Treue und Empfehlung'], three: ['Vor dem Kauf', 'Beim Kauf', 'Nach dem Kauf'] },
} as const;

for (const language of ['en', 'de'] as const) {
  test(`switching 3 phases to 5 and back, with a preview, undoable (${language})`, async ({ page }) => {
    const start = await openMethodBoard(page, { language, template: 'threePhases', title: 'Switch' });
    // Two touchpoints in "before purchase": one in its left half, one in its right half.
    const before = await cellCentre(page, 0, 0);
    const header = (await page.evaluate((id) => window.__journeyboard!.phaseHeaderClientRect(id), start.phases[0]!.id))!;
    const left = await typeNewNote(page, { x: header.x + header.width * 0.25, y: before.y }, 'Instagram ad');
    const right = await typeNewNote(page, { x: header.x + header.width * 0.75, y: before.y }, 'Comparison portal');
    const during = await typeNewNote(page, await cellCentre(page, 1, 0), 'Checkout');
    const after = await typeNewNote(page, await cellCentre(page, 2, 4), 'Late delivery');

    await methodMenu(page, 'method.switchPhaseModel');
    const dialog = page.getByTestId('phase-model-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: TEXT[language].heading })).toBeVisible();
    await dialog.getByTestId('phase-model-funnel').check();
    const rows = dialog.getByTestId('phase-model-row');
    await expect(rows).toHaveCount(5);
    await expect(rows.locator('th')).toHaveText([...TEXT[language].funnel]);
    // The preview says where the notes go: one each into awareness and consideration.
    await expect(rows.locator('td:last-child')).toHaveText(['1', '1', '1', '1', '0']);
    await expect(rows.nth(0).locator('td').first()).toHaveText(TEXT[language].three[0]);
    await shot(page, `phase-model-preview-${language}`);

    await dialog.getByTestId('phase-model-apply').click();
    await expect(dialog).toBeHidden();
    let j = (await journey(page))!;
    expect(j.phases.map((p) => p.title)).toEqual([...TEXT[language].funnel]);
    const phaseOf = (id: string) => j.phases.findIndex((p) => p.id === j.notes.find((n) => n.id === id)!.phaseId);
    expect([left, right, during, after].map(phaseOf)).toEqual([0, 1, 2, 3]);
    // Lanes stay.
    expect(j.notes.find((n) => n.id === after)!.laneId).toBe(start.lanes[4]!.id);
    await shot(page, `phase-model-switched-${language}`);

    // Back to three phases: awareness and consideration meet again in "before purchase".
    await methodMenu(page, 'method.switchPhaseModel');
    await dialog.getByTestId('phase-model-threePhases').check();
    await expect(dialog.getByTestId('phase-model-row').locator('td:last-child')).toHaveText(['2', '1', '1']);
    await dialog.getByTestId('phase-model-apply').click();
    j = (await journey(page))!;
    expect(j.phases.map((p) => p.title)).toEqual([...TEXT[language].three]);
    expect([left, right, during, after].map(phaseOf)).toEqual([0, 0, 1, 2]);

    // Cancel changes nothing; undo goes back one switch at a time.
    await methodMenu(page, 'method.switchPhaseModel');
    await dialog.getByRole('button', { name: language === 'de' ? 'Abbrechen' : 'Cancel' }).click();
    expect((await journey(page))!.phases.map((p) => p.title)).toEqual([...TEXT[language].three]);
    await page.locator('[data-action="edit.undo"]').click();
    expect((await journey(page))!.phases.map((p) => p.title)).toEqual([...TEXT[language].funnel]);
    await page.locator('[data-action="edit.undo"]').click();
    j = (await journey(page))!;
    expect(j.phases).toEqual(start.phases);
    expect(j.notes.find((n) => n.id === right)!.phaseId).toBe(start.phases[0]!.id);
  });
}
