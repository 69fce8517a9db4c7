/**
 * The desktop shell's news about the projector window, turned into the facilitator's notices:
 * the window closed (by the user, or because its display was unplugged), and displays changed
 * after that, when a projector may be back to reopen on.
 */
import type { ProjectorApi } from '../platform/platform';
import type { RoomStore } from './roomStore';

export function watchProjectorEvents(room: RoomStore, api: Pick<ProjectorApi, 'onClosed' | 'onDisplaysChanged'>): () => void {
  const offClosed = api.onClosed((reason) => {
    const projector = room.getState().projector;
    room.setState({
      projector: { ...projector, connected: false, status: null, notice: reason === 'displayRemoved' ? 'displayRemoved' : 'closed' },
    });
  });
  const offDisplays = api.onDisplaysChanged((displays) => {
    const projector = room.getState().projector;
    // A second display came (back) after the projector went away: offer to open it there.
    if (!projector.connected && projector.notice !== null && displays.length > 1) {
      room.setState({ projector: { ...projector, reopenOffer: true } });
    }
  });
  return () => {
    offClosed();
    offDisplays();
  };
}
