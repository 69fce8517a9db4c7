import { expect, test, type Page } from '@playwright/test';
import { focusNoteAt100, frames, journey, noteRect } from './board-helpers';
import { choose, openMethodBoard, openPanel, pixelAt, selectNote, shot } from './method-helpers';

async function commitField(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

const TEXT = {
  en: { name: 'Bounce rate', missed: 'Target missed', met: 'Target met', pill: /actual/ },
  de: { name: 'Absprungrate', missed: 'Ziel verfehlt', met: 'Ziel erreicht', pill: /Ist/ },
} as const;

for (const language of ['en', 'de'] as const) {
  test(`KPI notes: from the catalogue, target, actual and owner, a missed target is marked (${language})`, async ({ page }) => {
    const start = await openMethodBoard(page, { language, template: 'funnel', title: 'KPIs' });
    await openPanel(page, 'catalogue');
    await page.getByTestId('catalogue-tab-kpis').click();
    // Pressed from the keyboard, the bounce rate goes to the KPI lane of the awareness phase.
    await page.locator('[data-entry="bounceRate"]').focus();
    await page.keyboard.press('Enter');
    let kpi = (await journey(page))!.notes[0]!;
    expect(kpi).toMatchObject({ kind: 'kpi', text: TEXT[language].name, phaseId: start.phases[0]!.id, kpi: { higherIsBetter: false } });

    await openPanel(page, 'details');
    await selectNote(page, kpi.id);
    await expect(page.getByTestId('kpi-inspector')).toBeVisible();
    await commitField(page, 'kpi-target', '40 %');
    await commitField(page, 'kpi-actual', '52,5 %');
    await commitField(page, 'kpi-owner', 'Anna');
    await expect(page.getByTestId('kpi-verdict')).toHaveText(TEXT[language].missed);
    kpi = (await journey(page))!.notes[0]!;
    expect(kpi.kpi).toEqual({ target: '40 %', actual: '52,5 %', owner: 'Anna', higherIsBetter: false });

    // On the board: a red frame and a red corner mark.
    await focusNoteAt100(page, kpi.id);
    let r = await noteRect(page, kpi.id);
    const frame = await pixelAt(page, r.x + r.width / 2, r.y + r.height - 1);
    expect(frame[0]).toBeGreaterThan(170);
    expect(frame[1]).toBeLessThan(80);
    await shot(page, `kpi-missed-${language}`);

    // A better actual meets the target: the mark goes.
    await commitField(page, 'kpi-actual', '35 %');
    await expect(page.getByTestId('kpi-verdict')).toHaveText(TEXT[language].met);
    await frames(page);
    r = await noteRect(page, kpi.id);
    const edge = await pixelAt(page, r.x + r.width / 2, r.y + r.height - 1);
    expect(edge[0] > 170 && edge[1] < 80).toBe(false);
    // Telling the note that higher is better turns 35 % against 40 % into a miss again.
    await choose(page, 'kpi-direction', 'higher');
    await expect(page.getByTestId('kpi-verdict')).toHaveText(TEXT[language].missed);
    // The analysis lists it.
    await openPanel(page, 'analysis');
    await expect(page.getByTestId('analysis-kpis-missed')).toHaveAttribute('data-count', '1');
    // Each field was one undo step.
    await page.locator('[data-action="edit.undo"]').click();
    expect((await journey(page))!.notes[0]!.kpi).toEqual({ target: '40 %', actual: '35 %', owner: 'Anna', higherIsBetter: false });
  });
}
