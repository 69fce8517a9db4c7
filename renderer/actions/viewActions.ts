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
    label: (t) => t('board:actions.zoomIn'),
    undoable: false,
    perform: (ctx) => zoomStep(ctx, 1),
  }),
  defineAction({
    name: 'view.zoomOut',
    label: (t) => t('board:actions.zoomOut'),
    undoable: false,
    perform: (ctx) => zoomStep(ctx, -1),
  }),
  defineAction({
    name: 'view.zoomToFit',
    label: (t) => t('board:actions.zoomToFit'),
    undoable: false,
    perform: ({ store, viewport }) => {
      if (store.getState().doc) viewport.setCamera(fitRect(viewport.contentBounds(), viewport.size(), { margin: FIT_MARGIN }));
    },
  }),
  defineAction({
    name: 'view.zoomToSelection',
    label: (t) => t('board:actions.zoomToSelection'),
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
    label: (t) => t('board:actions.zoomReset'),
    undoable: false,
    perform: ({ viewport }) => {
      const { width, height } = viewport.size();
      viewport.setCamera(zoomAround(viewport.camera(), { x: width / 2, y: height / 2 }, 1));
    },
  }),
  defineAction({
    name: 'view.handwriting',
    label: (t) => t('board:actions.handwriting'),
    undoable: false,
    perform: ({ store }) => {
      const s = store.getState();
      s.setBoardFont(s.boardFont === 'handwriting' ? 'plain' : 'handwriting');
    },
  }),
  defineAction({
    name: 'view.colourBlindPalette',
    label: (t) => t('board:actions.colourBlindPalette'),
    undoable: false,
    perform: ({ store }) => {
      const s = store.getState();
      s.setPaletteName(s.paletteName === 'standard' ? 'colourBlindSafe' : 'standard');
    },
  }),
  defineAction({
    name: 'view.sidePanel',
    label: (t) => t('board:actions.sidePanel'),
    undoable: false,
    perform: ({ store }, input) => {
      const s = store.getState();
      const id = (input as { id?: string } | undefined)?.id;
      if (id) s.showSidePanel(s.sidePanel === id ? null : id);
      else s.showSidePanel(s.sidePanel ? null : 'structure');
    },
  }),
];
