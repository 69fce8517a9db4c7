import i18next from 'i18next';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures/fixtures';
import { importJourneyText } from '../../shared/format';
import { NAMESPACES, resources } from '../../shared/i18n/resources';
import type { Journey } from '../../shared/model';
import { boardTheme } from '../canvas/draw/theme';
import type { SaveExportOptions, SaveResult } from '../platform';
import { runExport, type ExportSettings } from './exportJob';
import { createRun } from './exportRun';

beforeAll(async () => {
  await i18next.init({ resources, lng: 'de', ns: NAMESPACES, interpolation: { escapeValue: false } });
});

function journey(): Journey {
  const r = importJourneyText(fixtureText());
  if (!r.ok) throw new Error(r.error.code);
  return r.journey;
}

const settings: ExportSettings = {
  format: 'csv',
  scope: { kind: 'board' },
  pixelRatio: 2,
  background: 'paper',
  header: true,
  legend: false,
  paper: 'a4',
  pdfMode: 'fit',
  separator: ';',
  includeHiddenLanes: false,
};

function fakePlatform(result?: SaveResult) {
  const saved: SaveExportOptions[] = [];
  return {
    saved,
    platform: {
      saveExport: async (o: SaveExportOptions): Promise<SaveResult> => {
        saved.push(o);
        return result ?? { canceled: false, ok: true, fileToken: 'token-123456', name: o.suggestedName };
      },
      saveExportPack: async (): Promise<SaveResult> => ({ canceled: true }),
    },
  };
}

const run = () => createRun({ signal: new AbortController().signal, onProgress: () => undefined });
const env = (platform: ReturnType<typeof fakePlatform>['platform']) => ({
  t: i18next.t,
  language: 'de',
  theme: boardTheme({ font: 'handwriting', palette: 'standard' }),
  date: new Date(2026, 10, 22, 12),
  platform,
});

describe('runExport', () => {
  it('CSV: named from title and date, German headings and values', async () => {
    const fake = fakePlatform();
    const outcome = await runExport(journey(), settings, env(fake.platform), run());
    expect(outcome).toEqual({ saved: true, name: 'Online-Shop Gartenmöbel Kauf eines Loungesets 2026-11-22.csv', pack: false, missing: [] });
    const [file] = fake.saved;
    expect(file!.kind).toBe('csv');
    expect([...file!.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte order mark.
    const rows = Papa.parse<string[]>(new TextDecoder().decode(file!.data), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 5)).toEqual(['Phase', 'Bahn', 'Art', 'Text', 'Farbe']);
    const review = rows.find((r) => r[3] === 'Kundenbewertungen mit Fotos')!;
    expect(review.slice(0, 5)).toEqual(['Erwägung', 'Touchpoints', 'Touchpoint', 'Kundenbewertungen mit Fotos', 'gelb']);
    expect(review).toContain('Indirekt');
    expect(rows.find((r) => r[3] === 'Reichweite, TKP, Klickrate')).toContain('ja');
  });

  it('journey file: the serialised journey, which imports back unchanged', async () => {
    const fake = fakePlatform();
    await runExport(journey(), { ...settings, format: 'journey' }, env(fake.platform), run());
    const [file] = fake.saved;
    expect(file!.suggestedName).toBe('Online-Shop Gartenmöbel Kauf eines Loungesets 2026-11-22.journey.json');
    const back = importJourneyText(new TextDecoder().decode(file!.data));
    expect(back.ok && back.journey).toEqual(journey());
  });

  it('a cancelled save dialog is not an error and saves nothing', async () => {
    const fake = fakePlatform({ canceled: true });
    expect(await runExport(journey(), settings, env(fake.platform), run())).toEqual({ saved: false });
  });

  it('a failed save is reported', async () => {
    const fake = fakePlatform({ canceled: false, ok: false, error: 'diskFull' });
    await expect(runExport(journey(), settings, env(fake.platform), run())).rejects.toMatchObject({ code: 'saveFailed' });
  });
});
