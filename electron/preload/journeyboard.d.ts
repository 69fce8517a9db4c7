// The preload's API as the renderer sees it. It is optional: the web build has no preload, and
// renderer/platform/ picks the browser implementation when it is absent.
import type { JourneyboardApi } from '../../shared/ipc/channels';

declare global {
  interface Window {
    journeyboard?: JourneyboardApi;
  }
}
