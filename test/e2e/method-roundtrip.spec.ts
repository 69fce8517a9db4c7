/**
 * A journey carrying everything the method adds (persona with picture, lists and backstory;
 * classified and rated touchpoints; KPI figures; emotion scores on both curves), built through
 * the UI, survives the journey file: exported with the export dialog, opened on another
 * machine (a fresh browser profile) with "Open file…", unchanged.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Journey } from '../../shared/model';
import { cellCentre, journey, typeNewNote } from './board-helpers';
import { choose, openMethodBoard, openPanel, selectNote, testPng } from './method-helpers';

async function commitField(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

for (const language of ['en', 'de'] as const) {
  test(`a journey with persona, attributes, KPIs and both emotion curves survives export and import (${language})`, async ({ page, browser, baseURL }) => {
    await openMethodBoard(page, { language, template: 'funnel', title: 'Round trip' });

    // Persona with a picture, a list and the backstory.
    await openPanel(page, 'persona');
    await commitField(page, 'persona-name', 'Jonas Weber');
    await commitField(page, 'persona-age', '35');
    await page.getByTestId('persona-motivations').getByRole('button').last().click();
    await page.keyboard.type('Weniger Papierkram');
    await page.keyboard.press('Tab');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('persona-picture-choose').click();
    await (await chooser).setFiles({ name: 'jonas.png', mimeType: 'image/png', buffer: testPng(300, 400) });
    await expect(page.getByTestId('persona-picture')).toBeVisible();
    await page.getByTestId('persona-backstory').click();
    await page.keyboard.type('Jonas wants <b>fewer</b> forms & "quick" answers.');
    await page.getByTestId('persona-name').click();

    // A classified, rated touchpoint; a KPI with figures; emotions on both curves.
    const tp = await typeNewNote(page, await cellCentre(page, 1, 0), 'Comparison portal');
    const kpi = await typeNewNote(page, await cellCentre(page, 2, 6), 'Conversion rate');
    const feel = await typeNewNote(page, await cellCentre(page, 0, 3), 'Curious');
    const goal = await typeNewNote(page, await cellCentre(page, 1, 3), 'Goal: sure');
    await openPanel(page, 'details');
    await selectNote(page, tp);
    await choose(page, 'attribute-directness', 'indirect');
    await choose(page, 'attribute-ownership', 'earned');
    await choose(page, 'attribute-interaction', 'serviceFeedback');
    await choose(page, 'attribute-experience', 'positive');
    await choose(page, 'attribute-companyRating', '1');
    await choose(page, 'attribute-customerRating', '-2');
    await selectNote(page, kpi);
    await commitField(page, 'kpi-target', '≥ 3 %');
    await commitField(page, 'kpi-actual', '2,4 %');
    await commitField(page, 'kpi-owner', 'Lea');
    await selectNote(page, feel);
    await choose(page, 'emotion-score', '-1');
    await selectNote(page, goal);
    await choose(page, 'emotion-curve', 'target');
    await choose(page, 'emotion-score', '2');

    await expect(page.getByText(language === 'de' ? 'Gespeichert' : 'Saved', { exact: true })).toBeVisible();
    const original = (await journey(page)) as Journey;
    expect(original.persona.picture).toMatch(/^data:image\/jpeg;base64,/);
    expect(original.notes.find((n) => n.id === goal)).toMatchObject({ curve: 'target', emotion: 2 });

    // Export the journey file.
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-format-journey').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-start').click()]);
    const bytes = await readFile((await download.path())!);

    // Another machine: a fresh profile opens the file.
    const other = await browser.newPage({ baseURL });
    await other.goto('/');
    await other.evaluate((lang) => localStorage.setItem('journeyboard.language', lang), language);
    await other.reload();
    await expect(other.getByTestId('library')).toBeVisible();
    await other.getByTestId('import-file-input').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: bytes });
    await expect.poll(() => other.evaluate(() => window.__journeyboard?.screen())).toBe('board');
    const imported = await other.evaluate(() => window.__journeyboard!.journey());
    // Notes are compared by id: the library stores them keyed by id, so their order in the
    // array is the database's, not the drawing order (STORAGE's concern, not the file's).
    const byId = (j: Journey) => ({ ...j, notes: [...j.notes].sort((a, b) => (a.id < b.id ? -1 : 1)) });
    expect(byId(imported!)).toEqual(byId(original));
    await other.close();
  });
}
