import { describe, expect, it, vi } from 'vitest';
import type { RoomMessage } from '../../shared/room/messages';
import type { Platform } from '../platform/platform';
import type { RoomChannel } from './roomChannel';
import { projectorWindows } from './projectorWindow';

function channel() {
  const sent: RoomMessage[] = [];
  const c: RoomChannel = { post: (m) => sent.push(m), subscribe: () => () => undefined, close: () => undefined };
  return { c, sent };
}

function browserWindow(opened: Partial<Window> | null) {
  const open = vi.fn(() => opened as Window | null);
  const win = { location: { origin: 'http://127.0.0.1:47336', pathname: '/' }, open } as unknown as Window;
  return { win, open };
}

describe('opening the projector', () => {
  it('in the browser opens the same page at #projector in a named window, and closes it again', async () => {
    const popup = { focus: vi.fn(), close: vi.fn(), closed: false };
    const { win, open } = browserWindow(popup);
    const { c, sent } = channel();
    const windows = projectorWindows({ platform: { projector: null } as unknown as Platform, win, channel: c });
    expect(await windows.open(null)).toBe('opened');
    expect(open).toHaveBeenCalledWith('http://127.0.0.1:47336/#projector', 'journeyboard-projector', expect.stringContaining('popup'));
    expect(popup.focus).toHaveBeenCalled();
    await windows.close();
    expect(popup.close).toHaveBeenCalled();
    // A projector window this page no longer holds (after a reload) is asked to close itself.
    await windows.close();
    expect(sent).toEqual([{ type: 'close' }]);
  });

  it('reports a blocked pop-up', async () => {
    const { win } = browserWindow(null);
    const windows = projectorWindows({ platform: { projector: null } as unknown as Platform, win, channel: channel().c });
    expect(await windows.open(null)).toBe('blocked');
  });

  it('in the desktop app asks the shell for its full-screen window on the chosen display', async () => {
    const projector = { open: vi.fn(async () => ({ displayId: 2, fullScreen: true })), close: vi.fn(async () => undefined) };
    const { win, open } = browserWindow(null);
    const windows = projectorWindows({ platform: { projector } as unknown as Platform, win, channel: channel().c });
    expect(await windows.open(2)).toBe('opened');
    expect(projector.open).toHaveBeenCalledWith({ displayId: 2 });
    expect(open).not.toHaveBeenCalled();
    await windows.close();
    expect(projector.close).toHaveBeenCalled();
    projector.open.mockResolvedValueOnce(null as never);
    expect(await windows.open(null)).toBe('failed');
    projector.open.mockRejectedValueOnce(new Error('gone'));
    expect(await windows.open(null)).toBe('failed');
  });
});
