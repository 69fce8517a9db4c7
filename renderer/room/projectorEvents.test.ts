import { describe, expect, it } from 'vitest';
import type { DisplayInfo, ProjectorClosedReason } from '../platform/platform';
import { watchProjectorEvents } from './projectorEvents';
import { createRoomStore } from './roomStore';

function fakeShell() {
  let closed: ((reason: ProjectorClosedReason) => void) | null = null;
  let displays: ((list: DisplayInfo[]) => void) | null = null;
  return {
    api: {
      onClosed: (l: (reason: ProjectorClosedReason) => void) => {
        closed = l;
        return () => (closed = null);
      },
      onDisplaysChanged: (l: (list: DisplayInfo[]) => void) => {
        displays = l;
        return () => (displays = null);
      },
    },
    close: (reason: ProjectorClosedReason) => closed?.(reason),
    displays: (list: DisplayInfo[]) => displays?.(list),
  };
}

const laptop: DisplayInfo = { id: 1, label: 'Built-in', width: 1920, height: 1200, primary: true };
const beamer: DisplayInfo = { id: 2, label: 'Projector', width: 1920, height: 1080, primary: false };

describe('projector events from the desktop shell', () => {
  it('tells the facilitator the display was unplugged, and offers to reopen when it is back', () => {
    const room = createRoomStore();
    room.setState({ projector: { connected: true, status: { viewport: { width: 1920, height: 1080 }, deviceScale: 1 }, lastSeen: 1, notice: null, reopenOffer: false } });
    const shell = fakeShell();
    const off = watchProjectorEvents(room, shell.api);
    shell.displays([laptop, beamer]);
    expect(room.getState().projector.reopenOffer).toBe(false);
    shell.close('displayRemoved');
    expect(room.getState().projector).toMatchObject({ connected: false, status: null, notice: 'displayRemoved' });
    shell.displays([laptop]);
    expect(room.getState().projector.reopenOffer).toBe(false);
    shell.displays([laptop, beamer]);
    expect(room.getState().projector.reopenOffer).toBe(true);
    off();
    shell.close('closed');
    expect(room.getState().projector.notice).toBe('displayRemoved');
  });

  it('a window the user closed is reported as closed', () => {
    const room = createRoomStore();
    const shell = fakeShell();
    watchProjectorEvents(room, shell.api);
    shell.close('closed');
    expect(room.getState().projector.notice).toBe('closed');
  });
});
