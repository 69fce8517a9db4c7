/**
 * The projector window's life: open it on the chosen (or the external) display, close it
 * cleanly when that display is unplugged, and offer to reopen it when a display is plugged in
 * again. Electron is reached through the dependencies, so the whole behaviour is tested with
 * display lists as input.
 */
import type { DisplayInfo, ProjectorClosedReason, ProjectorOpened } from '../../../shared/ipc/channels';
import { diffDisplays, pickProjectorDisplay, toDisplayInfo, type DisplayLike, type ProjectorTarget } from './displays';

export interface ProjectorWindowLike {
  close(): void;
  focus(): void;
  /** Called once when the window is gone, however it was closed. */
  onClosed(listener: () => void): void;
}

export interface ProjectorControllerDeps {
  displays(): { list: DisplayLike[]; primaryId: number };
  openWindow(target: ProjectorTarget): ProjectorWindowLike;
  notifyDisplays(displays: DisplayInfo[]): void;
  notifyClosed(reason: ProjectorClosedReason): void;
  /** Asks the facilitator whether to reopen the projector on the display just plugged in. */
  offerReopen(display: DisplayLike): Promise<boolean>;
}

export interface ProjectorController {
  open(options: { displayId: number | null }): ProjectorOpened | null;
  close(): void;
  isOpen(): boolean;
  /** Call on every display-added, display-removed and display-metrics-changed event. */
  displaysChanged(): Promise<void>;
  listDisplays(): DisplayInfo[];
}

export function createProjectorController(deps: ProjectorControllerDeps): ProjectorController {
  /** 'replaced': closed to reopen elsewhere, which the renderer need not hear about. */
  type Closing = ProjectorClosedReason | 'replaced';
  let current: { window: ProjectorWindowLike; displayId: number; closing: Closing | null } | null = null;
  let known = deps.displays().list;
  let reopenOnReturn = false;

  function open({ displayId }: { displayId: number | null }): ProjectorOpened | null {
    const { list, primaryId } = deps.displays();
    const target = pickProjectorDisplay(list, primaryId, displayId);
    if (!target) return null;
    if (current && current.displayId === target.display.id) {
      current.window.focus();
      return { displayId: target.display.id, fullScreen: target.fullScreen };
    }
    if (current) closeWith('replaced');
    const window = deps.openWindow(target);
    const entry = { window, displayId: target.display.id, closing: null as Closing | null };
    current = entry;
    reopenOnReturn = false;
    window.onClosed(() => {
      if (current === entry) current = null;
      const reason = entry.closing ?? 'closed';
      if (reason === 'replaced') return;
      if (reason === 'closed') reopenOnReturn = false; // closed on purpose: don't nag later
      deps.notifyClosed(reason);
    });
    return { displayId: target.display.id, fullScreen: target.fullScreen };
  }

  function closeWith(reason: Closing): void {
    if (!current) return;
    current.closing = reason;
    const { window } = current;
    current = null;
    window.close();
  }

  return {
    open,
    close: () => closeWith('closed'),
    isOpen: () => current !== null,
    listDisplays() {
      const { list, primaryId } = deps.displays();
      return toDisplayInfo(list, primaryId);
    },
    async displaysChanged() {
      const { list, primaryId } = deps.displays();
      const { added, removed } = diffDisplays(known, list);
      known = list;
      deps.notifyDisplays(toDisplayInfo(list, primaryId));
      if (current && removed.some((d) => d.id === current!.displayId)) {
        closeWith('displayRemoved');
        reopenOnReturn = true;
        return;
      }
      if (!current && reopenOnReturn && added.length > 0) {
        const target = pickProjectorDisplay(list, primaryId, null);
        if (!target?.fullScreen) return;
        reopenOnReturn = false; // ask once per plug-in
        if (await deps.offerReopen(target.display)) open({ displayId: target.display.id });
      }
    },
  };
}
