/**
 * Lays out every note's text in idle time, a slice at a time, so that the first zoom into a
 * big board finds its layouts cached instead of measuring hundreds of notes in one frame.
 */
import { noteLayout } from '../draw/drawNote';
import { noteTextLayouts } from '../draw/measure';
import type { SceneNote } from '../scene/scene';
import type { BoardView } from './BoardView';

type Idle = (callback: (deadline: { timeRemaining(): number }) => void) => number;

export function warmUpLayouts(view: BoardView): () => void {
  const idle: Idle =
    typeof requestIdleCallback === 'function'
      ? (cb) => requestIdleCallback(cb, { timeout: 2000 })
      : (cb) => window.setTimeout(() => cb({ timeRemaining: () => 8 }), 50);
  const cancel = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : window.clearTimeout;
  let handle = 0;
  let cursor = 0;
  let items: readonly SceneNote[] = [];
  const step = (deadline: { timeRemaining(): number }) => {
    handle = 0;
    const dc = { theme: view.theme(), layouts: noteTextLayouts };
    while (cursor < items.length && deadline.timeRemaining() > 2) {
      const note = items[cursor++]!.note;
      if (note.text) noteLayout(note, dc);
    }
    if (cursor < items.length) handle = idle(step);
  };
  const restart = () => {
    items = view.scene.allNotes();
    cursor = 0;
    if (!handle) handle = idle(step);
  };
  restart();
  const off = view.on('scene', restart);
  return () => {
    off();
    if (handle) cancel(handle);
  };
}
