// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import shopExample from '../../assets/templates/online-shop-de.json';
import { journeyFromExample } from '../../shared/format';
import { computeGridLayout, toDoc } from '../../shared/model';
import { fitRect } from '../../shared/camera/camera';
import { textHeightOnProjector } from '../../shared/room/legibility';
import { noteLayout } from '../canvas/draw/drawNote';
import { noteTextLayouts } from '../canvas/draw/measure';
import { projectorTheme } from './draw/projectorTheme';
import { presentationPlan } from './presentationPlan';

// jsdom has no canvas: text widths fall back to the measurer's estimate (and jsdom stays quiet).
vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const doc = toDoc(journeyFromExample(shopExample));
const look = { font: 'handwriting' as const, palette: 'standard' as const };
const projector = { viewport: { width: 1920, height: 1080 }, deviceScale: 1 };

describe('presentation plan for a realistic journey', () => {
  const plan = presentationPlan({ doc, projector, thresholdPx: 24, fontScale: 1, look, questions: 'mapping' });

  it('starts with the overview and visits every phase in order', () => {
    expect(plan[0]!.phaseId).toBeNull();
    const phases = [...new Set(plan.slice(1).map((s) => s.phaseId))];
    expect(phases).toEqual(doc.phases.map((p) => p.id));
  });

  it('shows each phase in parts small enough that every note of it is legible on the projector', () => {
    const layout = computeGridLayout(doc.phases, doc.lanes);
    const theme = projectorTheme({ ...look, fontScale: 1 });
    // The board area beside the questions panel, minus the margin.
    const area = { width: Math.round(1920 * 0.7), height: 1080 };
    expect(plan.length).toBeGreaterThan(doc.phases.length + 1);
    for (const step of plan.slice(1)) {
      const zoom = fitRect(step.rect, area, { margin: 24 }).zoom;
      const column = layout.columnById.get(step.phaseId!)!;
      for (const note of Object.values(doc.notes)) {
        if (note.phaseId !== step.phaseId || !note.laneId || !note.text.trim()) continue;
        const row = layout.rowById.get(note.laneId)!;
        if (row.y < step.rect.y || row.y + row.height > step.rect.y + step.rect.height) continue;
        expect(column.x).toBeGreaterThanOrEqual(step.rect.x);
        const font = noteLayout(note, { theme, layouts: noteTextLayouts }).fontSize;
        const height = textHeightOnProjector(font, { zoom, deviceScale: 1, windowHeight: 1080 }).referencePx;
        // A lane taller than one picture can hold is shown by itself, as close as it fits.
        if (row.height * zoom < 1080 - 48 - 1) expect(height).toBeGreaterThanOrEqual(24 - 1e-6);
      }
    }
  });

  it('needs fewer parts with a lower threshold and more with a higher one', () => {
    const lenient = presentationPlan({ doc, projector, thresholdPx: 10, fontScale: 1, look, questions: 'mapping' });
    const strict = presentationPlan({ doc, projector, thresholdPx: 40, fontScale: 1, look, questions: 'mapping' });
    expect(lenient.length).toBeLessThan(plan.length);
    expect(strict.length).toBeGreaterThan(plan.length);
  });
});
