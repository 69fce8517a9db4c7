/** Zoom, fit, and how the board looks (handwriting, colour-blind-safe palette, side panel). */
import { boundingRect } from '../../shared/model';
import { fitRect, nextZoomStep, zoomAround } from '../../shared/camera/camera';
import { noteRects } from '../../shared/board/bounds';
import { selectedNotes } from './selection';

/** Breathing room around what zoom to fit and zoom to selection show, in screen pixels. */
const FIT_MARGIN = 48;
import { defineAction, type ActionContext } from './types';

function zoomStep({ viewport }: ActionContext, direction: 1 | -1): void {
  const { width, height } = viewport.size();
  const camera = viewport.camera();
  viewport.setCamera(zoomAround(camera, { x: width / 2, y: height / 2 }, nextZoomStep(camera.zoom, direction)));
}

export const viewActions = [
  defineAction({
    name: 'view.zoomIn',
    group: 'view',
    label: (t) => t('board:actions.zoomIn'),
    shortcuts: [{ key: '+' }, { key: '=' }, { key: '+', mod: true }, { key: '=', mod: true }],
    undoable: false,
    perform: (ctx) => zoomStep(ctx, 1),
  }),
  defineAction({
    name: 'view.zoomOut',
    group: 'view',
    label: (t) => t('board:actions.zoomOut'),
    shortcuts: [{ key: '-' }, { key: '-', mod: true }],
    undoable: false,
    perform: (ctx) => zoomStep(ctx, -1),
  }),
  defineAction({
    name: 'view.zoomToFit',
    group: 'view',
    label: (t) => t('board:actions.zoomToFit'),
    shortcuts: [{ code: 'Digit1', shift: true }],
    undoable: false,
    perform: ({ store, viewport }) => {
      if (store.getState().doc) viewport.setCamera(fitRect(viewport.contentBounds(), viewport.size(), { margin: FIT_MARGIN }));
    },
  }),
  defineAction({
    name: 'view.zoomToSelection',
    group: 'view',
    label: (t) => t('board:actions.zoomToSelection'),
    shortcuts: [{ code: 'Digit2', shift: true }],
    undoable: false,
    enabled: (store) => selectedNotes(store).length > 0,
    perform: ({ store, viewport }) => {
      const doc = store.getState().doc;
      const box = doc && boundingRect([...noteRects(doc, selectedNotes(store)).values()]);
      // Close enough to read, never so close that one note fills the projector.
      if (box) viewport.setCamera(fitRect(box, viewport.size(), { margin: FIT_MARGIN, maxZoom: 2 }));
    },
  }),
  defineAction({
    name: 'view.zoomReset',
    group: 'view',
    label: (t) => t('board:actions.zoomReset'),
    shortcuts: [{ code: 'Digit0', mod: true }],
    undoable: false,
    perform: ({ viewport }) => {
      const { width, height } = viewport.size();
      viewport.setCamera(zoomAround(viewport.camera(), { x: width / 2, y: height / 2 }, 1));
    },
  }),
  defineAction({
    name: 'view.handwriting',
    group: 'view',
    label: (t) => t('board:actions.handwriting'),
    undoable: false,
    perform: ({ store }) => {
      const s = store.getState();
      s.setBoardFont(s.boardFont === 'handwriting' ? 'plain' : 'handwriting');
    },
  }),
  defineAction({
    name: 'view.colourBlindPalette',
    group: 'view',
    label: (t) => t('board:actions.colourBlindPalette'),
    undoable: false,
    perform: ({ store }) => {
      const s = store.getState();
      s.setPaletteName(s.paletteName === 'standard' ? 'colourBlindSafe' : 'standard');
    },
  }),
  defineAction({
    name: 'view.sidePanel',
    group: 'view',
    label: (t) => t('board:actions.sidePanel'),
    shortcuts: [{ key: '\\', mod: true }],
    undoable: false,
    perform: ({ store }, input) => {
      const s = store.getState();
      const id = (input as { id?: string } | undefined)?.id;
      if (id) s.showSidePanel(s.sidePanel === id ? null : id);
      else s.showSidePanel(s.sidePanel ? null : 'structure');
    },
  }),
];
