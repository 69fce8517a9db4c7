import { describe, expect, it } from 'vitest';
import { addConnector, addNotes, createJourney, createNote, toDoc, type JourneyDoc } from '../../../shared/model';
import type { Canvas2D } from '../draw/canvas2d';
import { REFERENCE_SIZE, TextLayoutCache } from '../draw/textLayout';
import { boardTheme } from '../draw/theme';
import { Scene } from '../scene/scene';
import type { BoardDecoration } from './decoration';
import { paintBoard, type PaintedBoard } from './paintBoard';

/** A canvas that writes down what is drawn: fills with their colour, texts, and marks of our own. */
function recorder() {
  const log: string[] = [];
  const state: Record<string, unknown> = { fillStyle: '#000', strokeStyle: '#000' };
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 10 });
      return (...args: unknown[]) => {
        if (key === 'fillRect' || key === 'fill') log.push(`${key} ${String(target.fillStyle)}`);
        else if (key === 'fillText') log.push(`text ${String(args[0])}`);
        else if (key === 'stroke') log.push(`stroke ${String(target.strokeStyle)}`);
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as Canvas2D, log };
}

const theme = boardTheme({ font: 'plain', palette: 'standard' });
const measure = (text: string) => text.length * REFERENCE_SIZE * 0.5;

function board(): { doc: JourneyDoc; painted: PaintedBoard } {
  const base = toDoc(createJourney({ template: 'threePhases', language: 'en' }));
  const [phase] = base.phases;
  const [lane] = base.lanes;
  let doc = addNotes(base, [
    createNote({ id: 'a', text: 'Alpha', colour: 'yellow', phaseId: phase!.id, laneId: lane!.id, x: 20, y: 20 }),
    createNote({ id: 'b', text: 'Beta', colour: 'green', phaseId: phase!.id, laneId: lane!.id, x: 260, y: 20 }),
  ]);
  doc = addConnector(doc, { from: 'a', to: 'b', label: 'then' }).doc;
  const scene = new Scene();
  scene.sync(doc);
  return { doc, painted: { doc, source: scene, measure, layouts: new TextLayoutCache(measure) } };
}

const view = { x: -1000, y: -1000, width: 10_000, height: 10_000 };

describe('the board painter', () => {
  it('paints paper, grid, underlay, lines, notes with their marks, labels and overlays in that order', () => {
    const { painted } = board();
    const { ctx, log } = recorder();
    const decoration: BoardDecoration = {
      underlay: () => log.push('underlay'),
      note: (_c, note) => log.push(`badge ${note.id}`),
    };
    paintBoard(ctx, painted, { theme, zoom: 1, view, decorations: [decoration], overlays: [(_c, frame) => log.push(`overlay ${frame.notes.length}`)] });
    // Each expected entry must come after the one before it.
    let from = 0;
    for (const entry of [
      `fillRect ${theme.paper}`,
      `fillRect ${theme.sheet}`,
      'underlay',
      `stroke ${theme.gridLine}`,
      `fillRect ${theme.inks.yellow.fill}`,
      'text Alpha',
      'badge a',
      `fillRect ${theme.inks.green.fill}`,
      'badge b',
      'text then',
      'overlay 2',
    ]) {
      const i = log.indexOf(entry, from);
      expect(i, `${entry} after entry ${from} of ${log.join(' | ')}`).toBeGreaterThanOrEqual(from);
      from = i + 1;
    }
  });

  it('paints only the layers asked for, skips notes drawn elsewhere and hides what an editor shows', () => {
    const { painted } = board();
    const { ctx, log } = recorder();
    paintBoard(ctx, painted, { theme, zoom: 1, view, layers: ['notes', 'labels'], skip: new Set(['b']), hidden: { noteTextId: 'a' } });
    expect(log).toContain(`fillRect ${theme.inks.yellow.fill}`);
    expect(log).not.toContain(`fillRect ${theme.inks.green.fill}`);
    expect(log).not.toContain('text Alpha');
    // The line touches a skipped note: it is drawn with that note, label included.
    expect(log).not.toContain('text then');
    expect(log).not.toContain(`fillRect ${theme.paper}`);
    expect(log).not.toContain(`fillRect ${theme.sheet}`);
  });

  it('draws covered notes face down without text or badges, and veils what a highlight leaves out only when asked', () => {
    const { painted } = board();
    const covered = { has: (n: { id: string }) => n.id === 'a', draw: () => undefined };
    const badges: string[] = [];
    const decoration: BoardDecoration = { note: (_c, note) => badges.push(note.id), dimmed: () => (note) => note.id === 'b' };
    const faceDown = recorder();
    paintBoard(faceDown.ctx, painted, { theme, zoom: 1, view, layers: ['notes'], covered: { ...covered, draw: () => faceDown.log.push('covered') }, decorations: [decoration] });
    expect(faceDown.log).toContain('covered');
    expect(faceDown.log).not.toContain('text Alpha');
    expect(badges).toEqual(['b']);
    expect(faceDown.log.filter((e) => e === `fill ${theme.sheet}`)).toEqual([]);
    const veiled = recorder();
    paintBoard(veiled.ctx, painted, { theme, zoom: 1, view, layers: ['notes'], decorations: [decoration], veil: true });
    expect(veiled.log.at(-1)).toBe(`fill ${theme.sheet}`);
  });

  it('zoomed out draws notes as colour blocks, and as dots at the minimap detail', () => {
    const { painted } = board();
    const blocks = recorder();
    paintBoard(blocks.ctx, painted, { theme, zoom: 0.05, view, layers: ['notes'] });
    expect(blocks.log).toEqual(expect.arrayContaining([`fill ${theme.inks.yellow.fill}`, `fill ${theme.inks.green.fill}`]));
    expect(blocks.log.some((e) => e.startsWith('text'))).toBe(false);
    const dots = recorder();
    paintBoard(dots.ctx, painted, { theme, zoom: 0.05, view, layers: ['notes'], detail: 'dots' });
    expect(dots.log).toEqual([`fill ${theme.inks.yellow.edge}`, `fill ${theme.inks.green.edge}`]);
  });
});
