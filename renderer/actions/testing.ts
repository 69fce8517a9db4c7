/** A store with an open journey and a fake viewport, for the action tests. */
import { createJourney, type Journey } from '../../shared/model';
import { docBounds } from '../../shared/board/bounds';
import { createBoardStore, type BoardStore } from '../store/store';
import type { ClipboardPort } from './clipboard/port';
import type { ActionContext, Viewport } from './types';

export function testContext(journey: Journey = createJourney({ template: 'threePhases', language: 'en' })): ActionContext & {
  store: BoardStore;
  pointerAt: { x: number; y: number } | null;
  clipboardText: string;
} {
  const store = createBoardStore();
  store.getState().loadJourney(journey);
  store.temporal.getState().clear();
  const ctx = {
    store,
    pointerAt: null as { x: number; y: number } | null,
    clipboardText: '',
    viewport: undefined as unknown as Viewport,
    clipboard: undefined as unknown as ClipboardPort,
  };
  ctx.viewport = {
    size: () => ({ width: 1280, height: 800 }),
    camera: () => store.getState().camera,
    setCamera: (c) => store.getState().setCamera(c),
    contentBounds: () => docBounds(store.getState().doc!),
    pointer: () => ctx.pointerAt,
  };
  ctx.clipboard = {
    writeText: (t) => {
      ctx.clipboardText = t;
    },
    readText: () => ctx.clipboardText,
  };
  return ctx;
}
