import { describe, expect, it } from 'vitest';
import { createAfterCheckoutJourney } from './afterCheckoutTemplate';
import { toDoc } from './document';
import { computeGridLayout, noteRect, rectsIntersect } from './grid';
import { JourneySchema } from './journey';

describe('online shop after checkout template', () => {
  it.each(['en', 'de'] as const)('is a valid journey in %s with every note inside its cell and none overlapping', (language) => {
    const journey = createAfterCheckoutJourney({ language });
    expect(JourneySchema.safeParse(journey).success).toBe(true);
    expect(journey.phases).toHaveLength(6);
    const layout = computeGridLayout(journey.phases, journey.lanes);
    const rects = journey.notes.map((n) => noteRect(n, layout)!);
    for (const [i, note] of journey.notes.entries()) {
      const column = layout.columnById.get(note.phaseId!)!;
      const row = layout.rowById.get(note.laneId!)!;
      const r = rects[i]!;
      expect(r.x + r.width).toBeLessThanOrEqual(column.x + column.width);
      expect(r.y + r.height).toBeLessThanOrEqual(row.y + row.height);
      for (const other of rects.slice(i + 1)) expect(rectsIntersect(r, other)).toBe(false);
    }
    expect(Object.keys(toDoc(journey).notes)).toHaveLength(journey.notes.length);
  });

  it('holds the after-purchase touchpoints of the method, in German with umlauts', () => {
    const de = createAfterCheckoutJourney({ language: 'de' });
    const texts = de.notes.filter((n) => n.kind === 'touchpoint').map((n) => n.text);
    expect(texts).toContain('Sendungsverfolgung');
    expect(texts).toContain('Rücksendung und Retourenbestätigung');
    expect(de.title).toBe('Online-Shop: nach dem Kauf');
    expect(de.notes.every((n) => n.kind !== 'touchpoint' || n.touchpoint?.directness === 'direct')).toBe(true);
  });
});
