/**
 * When the window may be about to go away, write what is pending now instead of after the
 * debounce: on blur (the facilitator switches to the slides), when the page is hidden
 * (minimised, tab switched, laptop lid closed), on pagehide and beforeunload (closing; best
 * effort, the browser does not wait for IndexedDB), and on the desktop app's quit, which does
 * wait (platform.onBeforeQuit).
 */
export interface FlushTriggerOptions {
  win: Window;
  flush(): Promise<void>;
  /** Whether stored writes are failing, to let the browser ask before a tab closes. */
  hasUnsaved(): boolean;
  /** Only a browser tab may ask before closing: in Electron a cancelled unload blocks quitting. */
  askBeforeClosing: boolean;
}

export function installFlushTriggers(options: FlushTriggerOptions): () => void {
  const { win } = options;
  const flush = () => void options.flush();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flush();
    if (options.askBeforeClosing && options.hasUnsaved()) event.preventDefault();
  };
  win.addEventListener('blur', flush);
  win.addEventListener('pagehide', flush);
  win.addEventListener('beforeunload', onBeforeUnload);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('blur', flush);
    win.removeEventListener('pagehide', flush);
    win.removeEventListener('beforeunload', onBeforeUnload);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
