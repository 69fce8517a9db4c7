/**
 * Ctrl+S and Ctrl+Shift+S (Cmd on macOS) in the browser, where no native menu catches them
 * and the browser would otherwise offer to save the web page. The desktop menu has its own
 * accelerators and sends file.save / file.saveAs as menu actions instead. Behind an open dialog
 * the key saves nothing (and still never opens the browser's "save page").
 */
import { isModalOpen } from '../actions/modal';

export function bindFileShortcuts(win: Window, save: (options: { saveAs: boolean }) => void): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || e.altKey || e.key.toLowerCase() !== 's') return;
    e.preventDefault();
    if (!isModalOpen()) save({ saveAs: e.shiftKey });
  };
  win.addEventListener('keydown', onKeyDown);
  return () => win.removeEventListener('keydown', onKeyDown);
}
