import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../../shared/i18n/resources';
import { createJourney, createNote, toDoc, type JourneyDoc } from '../../../shared/model';
import type { Canvas2D } from '../../canvas/draw/canvas2d';
import { drawAnalysisPage } from './drawAnalysisPage';

/** Records the text a page writes; a character is half the font size wide. */
function recorder() {
  const texts: { text: string; x: number; y: number }[] = [];
  let size = 10;
  const ctx = {
    set font(css: string) {
      size = Number(/(\d+(\.\d+)?)px/.exec(css)?.[1] ?? 10);
    },
    get font() {
      return `${size}px`;
    },
    fillStyle: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    save() {},
    restore() {},
    fillRect() {},
    measureText: (text: string) => ({ width: text.length * size * 0.5 }),
    fillText: (text: string, x: number, y: number) => texts.push({ text, x, y }),
  };
  return { ctx: ctx as unknown as Canvas2D, texts };
}

function board(phases: number): JourneyDoc {
  const doc = toDoc(createJourney({ template: 'funnel', language: 'de' }));
  const extra = Array.from({ length: phases - doc.phases.length }, (_, i) => ({ id: `x${i}`, title: `Extra ${i}`, width: 480 }));
  const all = { ...doc, phases: [...doc.phases, ...extra] };
  const tpLane = all.lanes.find((l) => l.kind === 'touchpoint')!.id;
  const notes = all.phases.flatMap((p, i) => [
    createNote({ id: `t${i}`, kind: 'touchpoint', text: `Touchpoint ${i}`, phaseId: p.id, laneId: tpLane, touchpoint: { ownership: 'paid', experience: i % 2 ? 'negative' : 'positive', companyRating: 2, customerRating: i % 3 ? -1 : 2 } }),
  ]);
  return { ...all, notes: Object.fromEntries(notes.map((n) => [n.id, n])) };
}

beforeAll(async () => {
  await i18next.init({ resources, lng: 'en', ns: NAMESPACES, defaultNS: 'common', interpolation: { escapeValue: false } });
});

describe('drawAnalysisPage', () => {
  const area = { x: 28, y: 48, width: 786, height: 520 };

  it('writes the figures of the analysis panel', () => {
    const { ctx, texts } = recorder();
    drawAnalysisPage(ctx, { doc: board(5), t: i18next.t, language: 'en', area });
    const all = texts.map((t) => t.text);
    expect(all).toContain('Analysis');
    expect(all).toContain('5 touchpoints on the board');
    expect(all).toContain('2 touchpoints before the purchase');
    expect(all.some((t) => t.startsWith('Rule of 7: about 5 more'))).toBe(true);
    expect(all).toContain('2 of 5 rated touchpoints rated the same by company and customers');
    expect(all.some((t) => t.startsWith('Touchpoint 1 — company +2 · customers −1'))).toBe(true);
  });

  it('stays on the page with a hundred phases: long lists end in "+N more"', () => {
    const { ctx, texts } = recorder();
    drawAnalysisPage(ctx, { doc: board(100), t: i18next.t, language: 'en', area });
    for (const t of texts) {
      expect(t.y).toBeGreaterThanOrEqual(area.y);
      expect(t.y).toBeLessThanOrEqual(area.y + area.height);
    }
    expect(texts.some((t) => /^\+\d+ more$/.test(t.text))).toBe(true);
  });

  it('speaks German', async () => {
    const { ctx, texts } = recorder();
    await i18next.changeLanguage('de');
    drawAnalysisPage(ctx, { doc: board(3), t: i18next.t, language: 'de', area });
    await i18next.changeLanguage('en');
    expect(texts.map((t) => t.text)).toContain('Analyse');
    expect(texts.map((t) => t.text)).toContain('Schwerpunkte der Schmerzpunkte');
  });
});
