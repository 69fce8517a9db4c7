/**
 * Opening and closing the projector. The desktop app asks the main process for a full-screen
 * window on the external display; the browser opens a second window of the same page at
 * `#projector`, which the facilitator drags to the projector and makes full screen.
 */
import type { Platform } from '../platform/platform';
import type { RoomChannel } from './roomChannel';

export type OpenResult = 'opened' | 'blocked' | 'failed';

export const PROJECTOR_HASH = '#projector';
const WINDOW_NAME = 'journeyboard-projector';

export interface ProjectorWindows {
  open(displayId: number | null): Promise<OpenResult>;
  close(): Promise<void>;
}

export function projectorWindows(options: { platform: Platform; win: Window; channel: RoomChannel }): ProjectorWindows {
  const { platform, win, channel } = options;
  let opened: Window | null = null;
  return {
    async open(displayId) {
      if (platform.projector) {
        try {
          return (await platform.projector.open({ displayId })) ? 'opened' : 'failed';
        } catch {
          return 'failed';
        }
      }
      const url = `${win.location.origin}${win.location.pathname}${PROJECTOR_HASH}`;
      // A named window: asking again focuses the one already open instead of a third.
      opened = win.open(url, WINDOW_NAME, 'popup=yes,width=1280,height=720');
      if (!opened) return 'blocked';
      opened.focus();
      return 'opened';
    },
    async close() {
      if (platform.projector) {
        await platform.projector.close().catch(() => undefined);
        return;
      }
      if (opened && !opened.closed) opened.close();
      else channel.post({ type: 'close' });
      opened = null;
    },
  };
}
