import { describe, expect, it, vi } from 'vitest';
import type { DisplayLike } from './displays';
import { createProjectorController, type ProjectorWindowLike } from './projectorController';

const display = (id: number, x: number, internal = false): DisplayLike => ({
  id,
  bounds: { x, y: 0, width: 1920, height: 1080 },
  workArea: { x, y: 0, width: 1920, height: 1040 },
  internal,
});
const laptop = display(1, 0, true);
const projector = display(2, 1920);

function setup(initial: DisplayLike[], answer = true) {
  let displays = initial;
  const windows: { target: number; fullScreen: boolean; closed: boolean; fire: () => void; focus: ReturnType<typeof vi.fn> }[] = [];
  const notifyClosed = vi.fn();
  const notifyDisplays = vi.fn();
  const offerReopen = vi.fn(async () => answer);
  const controller = createProjectorController({
    displays: () => ({ list: displays, primaryId: 1 }),
    openWindow: (target) => {
      let onClosed = () => undefined as void;
      const record = {
        target: target.display.id,
        fullScreen: target.fullScreen,
        closed: false,
        focus: vi.fn(),
        fire: () => onClosed(),
      };
      windows.push(record);
      const window: ProjectorWindowLike = {
        close: () => {
          record.closed = true;
          onClosed(); // Electron emits 'closed' after close()
        },
        focus: record.focus,
        onClosed: (listener) => (onClosed = listener),
      };
      return window;
    },
    notifyClosed,
    notifyDisplays,
    offerReopen,
  });
  return { controller, windows, notifyClosed, notifyDisplays, offerReopen, plug: (list: DisplayLike[]) => (displays = list) };
}

describe('projector window', () => {
  it('opens full screen on the external display, and focuses instead of opening twice', () => {
    const { controller, windows } = setup([laptop, projector]);
    expect(controller.open({ displayId: null })).toEqual({ displayId: 2, fullScreen: true });
    expect(controller.open({ displayId: null })).toEqual({ displayId: 2, fullScreen: true });
    expect(windows).toHaveLength(1);
    expect(windows[0]!.focus).toHaveBeenCalledTimes(1);
    expect(controller.isOpen()).toBe(true);
  });

  it('opens as a normal window when the laptop is alone', () => {
    const { controller, windows } = setup([laptop]);
    expect(controller.open({ displayId: null })).toEqual({ displayId: 1, fullScreen: false });
    expect(windows[0]).toMatchObject({ target: 1, fullScreen: false });
  });

  it('closes cleanly when its display is unplugged and offers to reopen when it returns', async () => {
    const { controller, windows, notifyClosed, notifyDisplays, offerReopen, plug } = setup([laptop, projector]);
    controller.open({ displayId: null });

    plug([laptop]);
    await controller.displaysChanged();
    expect(windows[0]!.closed).toBe(true);
    expect(controller.isOpen()).toBe(false);
    expect(notifyClosed).toHaveBeenCalledWith('displayRemoved');
    expect(notifyDisplays).toHaveBeenLastCalledWith([{ id: 1, label: '1920 × 1080', width: 1920, height: 1080, primary: true }]);
    expect(offerReopen).not.toHaveBeenCalled();

    plug([laptop, projector]);
    await controller.displaysChanged();
    expect(offerReopen).toHaveBeenCalledWith(projector);
    expect(windows).toHaveLength(2);
    expect(windows[1]).toMatchObject({ target: 2, fullScreen: true });
  });

  it('does not reopen when the facilitator declines, and asks only once', async () => {
    const { controller, windows, offerReopen, plug } = setup([laptop, projector], false);
    controller.open({ displayId: null });
    plug([laptop]);
    await controller.displaysChanged();
    plug([laptop, projector]);
    await controller.displaysChanged();
    plug([laptop, projector, display(3, 3840)]);
    await controller.displaysChanged();
    expect(offerReopen).toHaveBeenCalledTimes(1);
    expect(windows).toHaveLength(1);
  });

  it('leaves the projector alone when another display is removed', async () => {
    const other = display(3, 3840);
    const { controller, windows, plug } = setup([laptop, projector, other]);
    controller.open({ displayId: 2 });
    plug([laptop, projector]);
    await controller.displaysChanged();
    expect(windows[0]!.closed).toBe(false);
  });

  it('does not offer to reopen a projector the facilitator closed', async () => {
    const { controller, notifyClosed, offerReopen, plug } = setup([laptop, projector]);
    controller.open({ displayId: null });
    controller.close();
    expect(notifyClosed).toHaveBeenCalledWith('closed');
    plug([laptop]);
    await controller.displaysChanged();
    plug([laptop, projector]);
    await controller.displaysChanged();
    expect(offerReopen).not.toHaveBeenCalled();
  });

  it('reports a window closed by the user (its close button) as closed', () => {
    const { controller, windows, notifyClosed } = setup([laptop, projector]);
    controller.open({ displayId: null });
    windows[0]!.fire();
    expect(notifyClosed).toHaveBeenCalledWith('closed');
    expect(controller.isOpen()).toBe(false);
  });

  it('moves to another display by closing the old window first, without reporting it closed', () => {
    const other = display(3, 3840);
    const { controller, windows, notifyClosed } = setup([laptop, projector, other]);
    controller.open({ displayId: 2 });
    controller.open({ displayId: 3 });
    expect(windows.map((w) => [w.target, w.closed])).toEqual([
      [2, true],
      [3, false],
    ]);
    expect(controller.isOpen()).toBe(true);
    expect(notifyClosed).not.toHaveBeenCalled();
  });
});
