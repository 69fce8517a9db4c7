/**
 * The method's marks as one board decoration: persona card, emotion curves, touchpoint badges
 * and the attribute highlight's veil. The translated words come from i18next here, outside the
 * painter, which only receives the decoration.
 */
import i18next from 'i18next';
import type { BoardDecoration } from '../../canvas/paint/decoration';
import { methodView } from '../methodView';
import { decorateNote, dimmerFor, drawMethodUnderlay, personaCardBounds } from './methodDrawing';

export const methodDecoration: BoardDecoration = {
  underlay: (ctx, input) => drawMethodUnderlay(ctx, { ...input, t: i18next.t, curves: methodView.getState().curves }),
  note: (ctx, note, rect, input) => decorateNote(ctx, note, rect, { theme: input.theme, zoom: input.zoom, measure: input.measure, t: i18next.t }),
  dimmed: () => dimmerFor(methodView.getState().filter),
  bounds: (doc) => personaCardBounds(doc, i18next.t),
  watch: (redraw) => {
    const off = methodView.subscribe((s, p) => (s.filter !== p.filter || s.curves !== p.curves) && redraw());
    i18next.on('languageChanged', redraw);
    return () => {
      off();
      i18next.off('languageChanged', redraw);
    };
  },
};
