import { useCallback, useEffect, useState } from 'react';
import type { Id } from '../../../shared/model';
import { useBoardContext } from '../../board/boardContext';
import { facilitatorRuntime } from '../facilitatorRuntime';
import { setFacilitatorViewport } from '../facilitatorView';
import { roomContext } from '../roomContext';
import { listenForTallyDigits } from '../roomPanelActions';
import { useRoom } from '../roomStore';
import { useProjectorLegibility } from '../useProjectorLegibility';
import { useTimerSignal } from '../useTimerSignal';
import { RoomBanners } from './RoomBanners';
import { useRoomInput } from './useRoomInput';
import { useRoomKeys } from './useRoomKeys';
import { VoteCountEditor } from './VoteCountEditor';
import '../room.css';

/**
 * The room's part of the facilitator's board screen: it feeds the projector (camera, size,
 * laser), handles voting clicks and presentation keys, and shows the room's bars and notices
 * over the canvas. Rendered by the board screen inside its board context.
 */
export function RoomLayer() {
  const { view, run } = useBoardContext();
  const ctx = roomContext;
  const runtime = facilitatorRuntime();
  const legibility = useProjectorLegibility();
  const [counting, setCounting] = useState<{ id: Id; initial: string | null } | null>(null);

  useTimerSignal(ctx);

  // The projector follows the live camera, also in the middle of a pan or zoom gesture.
  useEffect(() => {
    if (!view) return;
    const sync = () => {
      setFacilitatorViewport({ ...view.size() });
      runtime.link.refresh();
    };
    sync();
    const offFrame = view.on('frame', sync);
    const observer = new ResizeObserver(sync);
    observer.observe(view.container);
    return () => {
      offFrame();
      observer.disconnect();
    };
  }, [view, runtime]);

  const onTally = useCallback((id: Id) => setCounting({ id, initial: null }), []);
  const onTallyDigit = useCallback((id: Id, digit: string) => setCounting({ id, initial: digit }), []);
  useRoomInput({ view, ctx, link: runtime.link, onTally });
  useEffect(() => listenForTallyDigits(onTallyDigit), [onTallyDigit]);
  useRoomKeys({ ctx, run });

  const tallying = useRoom((s) => s.voting?.mode === 'tally');
  return (
    <div className="room-layer">
      <RoomBanners ctx={ctx} legibility={legibility} />
      {view && counting && tallying ? (
        <VoteCountEditor
          key={`${counting.id}/${counting.initial ?? ''}`}
          view={view}
          ctx={ctx}
          noteId={counting.id}
          initial={counting.initial}
          onMove={(next) => setCounting(next ? { id: next, initial: null } : null)}
        />
      ) : null}
    </div>
  );
}
