/**
 * The facilitator window's room machinery, started once when the board first shows and kept
 * for the life of the window: the room channel, the link that feeds the projector, the
 * brainwriting watcher, and the desktop shell's projector events.
 */
import i18next from 'i18next';
import { activeView } from '../canvas/stage/activeView';
import { platform } from '../platform';
import { linkFacilitator, type FacilitatorLink } from './facilitatorLink';
import { facilitatorViewport, onFacilitatorViewportChange } from './facilitatorView';
import { openRoomChannel, type RoomChannel } from './roomChannel';
import { watchBrainwriting } from './roomCommands';
import { roomContext } from './roomContext';
import { loadRoomSettings, saveRoomSettings } from './roomSettings';
import { projectorWindows, type OpenResult, type ProjectorWindows } from './projectorWindow';
import { watchProjectorEvents } from './projectorEvents';

export interface FacilitatorRuntime {
  channel: RoomChannel;
  link: FacilitatorLink;
  windows: ProjectorWindows;
  openProjector(displayId: number | null): Promise<OpenResult>;
}

let runtime: FacilitatorRuntime | null = null;

export function facilitatorRuntime(): FacilitatorRuntime {
  if (runtime) return runtime;
  const ctx = roomContext;
  ctx.room.setState({ settings: loadRoomSettings() });
  const channel = openRoomChannel();
  const link = linkFacilitator({
    ...ctx,
    channel,
    viewport: facilitatorViewport,
    camera: () => activeView()?.camera() ?? ctx.board.getState().camera,
    language: () => (i18next.language === 'de' ? 'de' : 'en'),
    setInterval: (fn, ms) => {
      const id = window.setInterval(fn, ms);
      return () => window.clearInterval(id);
    },
  });
  onFacilitatorViewportChange(() => link.refresh());
  window.addEventListener('journeyboard:language', () => link.refresh());
  watchBrainwriting(ctx);
  const windows = projectorWindows({ platform, win: window, channel });

  if (platform.projector) watchProjectorEvents(ctx.room, platform.projector);
  // Another journey opened: a round, a voter's turn or a presentation of the last one ends.
  ctx.board.subscribe((state, previous) => {
    if (state.doc?.id === previous.doc?.id) return;
    const room = ctx.room.getState();
    ctx.room.setState({
      round: null,
      voting: room.voting ? { ...room.voting, turn: null, lastOutcome: null } : null,
      presentation: { ...room.presentation, active: false, phaseId: null, part: 0 },
      projectorView: { mode: 'follow' },
    });
  });

  runtime = {
    channel,
    link,
    windows,
    async openProjector(displayId) {
      const result = await windows.open(displayId);
      const projector = ctx.room.getState().projector;
      ctx.room.setState({ projector: { ...projector, notice: null, reopenOffer: false } });
      return result;
    },
  };
  // Settings changed elsewhere in this window are already saved by the commands; this keeps a
  // reload from losing a threshold typed just before it.
  window.addEventListener('pagehide', () => saveRoomSettings(ctx.room.getState().settings));
  return runtime;
}
