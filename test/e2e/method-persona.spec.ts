import { expect, test, type Page } from '@playwright/test';
import { frames, journey } from './board-helpers';
import { openMethodBoard, openPanel, shot, testPng, type UiLanguage } from './method-helpers';

async function choosePicture(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('persona-picture-choose').click();
  await (await chooser).setFiles(file);
}

async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Types list items: Enter after each one opens the next row. */
async function typeList(page: Page, testId: string, items: string[]): Promise<void> {
  const list = page.getByTestId(testId);
  await list.getByRole('button', { name: /add item|eintrag hinzufügen/i }).click();
  for (const item of items) {
    await page.keyboard.type(item);
    await page.keyboard.press('Enter');
  }
  // The empty row the last Enter opened is left by clicking elsewhere.
  await list.locator('legend').click();
}

const TEXT: Record<UiLanguage, { tab: string; svg: RegExp; card: RegExp }> = {
  en: { tab: 'Persona', svg: /SVG pictures are not accepted/, card: /years old/ },
  de: { tab: 'Persona', svg: /SVG-Bilder werden nicht angenommen/, card: /Jahre alt/ },
};

for (const language of ['en', 'de'] as const) {
  test(`persona panel: fields, lists, picture and backstory (${language})`, async ({ page }) => {
    await openMethodBoard(page, { language, template: 'threePhases', title: 'Heating purchase' });
    await openPanel(page, 'persona');
    await expect(page.getByTestId('persona-panel')).toBeVisible();

    await typeInto(page, 'persona-name', 'Petra Berger');
    await typeInto(page, 'persona-age', '42');
    await typeInto(page, 'persona-jobTitle', language === 'de' ? 'Einkaufsleiterin' : 'Head of purchasing');
    await typeInto(page, 'persona-education', language === 'de' ? 'Diplom-Kauffrau' : 'Business degree');
    await typeInto(page, 'persona-income', language === 'de' ? 'gehoben' : 'upper middle');
    await typeList(page, 'persona-challenges', language === 'de' ? ['Zu viele Anbieter', 'Wenig Zeit'] : ['Too many suppliers', 'Little time']);
    await typeList(page, 'persona-fearsAndHurdles', language === 'de' ? ['Fehlkauf'] : ['Buying the wrong system']);
    const story =
      language === 'de'
        ? 'Petra muss vor dem Winter eine neue Heizung kaufen und vergleicht abends Angebote.'
        : 'Petra must replace the heating before winter and compares offers in the evening.';
    await page.getByTestId('persona-backstory').click();
    await page.keyboard.type(story);
    await page.getByTestId('persona-name').click(); // leaving the story commits it

    // An SVG is refused with a translated message, and nothing changes.
    await choosePicture(page, { name: 'face.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>') });
    await expect(page.getByTestId('persona-picture-problem')).toHaveText(TEXT[language].svg);
    // So is a PDF that claims to be a PNG: the bytes decide.
    await choosePicture(page, { name: 'face.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7\n...') });
    await expect(page.getByTestId('persona-picture-problem')).toBeVisible();
    expect((await journey(page))!.persona.picture).toBeNull();

    // A large PNG is accepted, downscaled to at most 512 px and stored as a data URL.
    await choosePicture(page, { name: 'petra.png', mimeType: 'image/png', buffer: testPng(1600, 1200) });
    await expect(page.getByTestId('persona-picture')).toBeVisible();
    await expect(page.getByTestId('persona-picture-problem')).toHaveCount(0);

    const j = (await journey(page))!;
    expect(j.persona).toMatchObject({
      name: 'Petra Berger',
      age: 42,
      challenges: language === 'de' ? ['Zu viele Anbieter', 'Wenig Zeit'] : ['Too many suppliers', 'Little time'],
      fearsAndHurdles: [language === 'de' ? 'Fehlkauf' : 'Buying the wrong system'],
      motivations: [],
    });
    expect(j.backstory).toBe(story);
    expect(j.persona.picture).toMatch(/^data:image\/jpeg;base64,/);
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, j.persona.picture!);
    expect(size).toEqual({ w: 512, h: 384 });

    // The card is drawn at the board's left edge: zoom to fit shows it beside the grid.
    await page.getByTestId('board-canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await frames(page);
    const cardEdge = await page.evaluate(() => window.__journeyboard!.boardToClient(-48, 20));
    const canvas = await page.evaluate(() => window.__journeyboard!.canvasClientRect());
    expect(cardEdge!.x).toBeGreaterThan(canvas!.x + 100);
    await shot(page, `persona-card-${language}`);

    // Each committed field was one undo step: undo takes the picture away again.
    await page.locator('[data-action="edit.undo"]').click();
    expect((await journey(page))!.persona.picture).toBeNull();
    await page.locator('[data-action="edit.redo"]').click();
    expect((await journey(page))!.persona.picture).toMatch(/^data:image\/jpeg/);
  });
}

test('persona library: save a persona and reuse it in another journey', async ({ page }) => {
  await openMethodBoard(page, { language: 'en', template: 'threePhases', title: 'First workshop' });
  await openPanel(page, 'persona');
  await typeInto(page, 'persona-name', 'Kim Novak');
  await typeInto(page, 'persona-jobTitle', 'Office manager');
  await typeList(page, 'persona-motivations', ['Quick delivery']);
  await page.getByTestId('persona-library-save').click();
  await expect(page.getByTestId('persona-library-entry')).toHaveCount(1);

  await page.getByTestId('back-to-library').click();
  await page.getByTestId('new-journey').click();
  await page.getByTestId('new-journey-title').fill('Second workshop');
  await page.getByTestId('new-journey-create').click();
  await expect(page.getByTestId('board-canvas')).toBeVisible();
  await openPanel(page, 'persona');
  await expect(page.getByTestId('persona-name')).toHaveValue('');
  const entry = page.getByTestId('persona-library-entry');
  await expect(entry).toContainText('Kim Novak');
  await entry.getByRole('button', { name: 'Use Kim Novak in this journey' }).click();
  await expect(page.getByTestId('persona-name')).toHaveValue('Kim Novak');
  const j = (await journey(page))!;
  expect(j.title).toBe('Second workshop');
  expect(j.persona).toMatchObject({ name: 'Kim Novak', jobTitle: 'Office manager', motivations: ['Quick delivery'] });
  await shot(page, 'persona-library');
});
