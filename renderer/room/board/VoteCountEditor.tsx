import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model';
import { notesInReadingOrder, votesOf } from '../../../shared/room/voting';
import type { BoardView } from '../../canvas/stage/BoardView';
import { useFollowView } from '../../board/useFollowView';
import { typeVoteCount, type RoomContext } from '../roomCommands';

/**
 * Tally mode's count field, over the note being counted. Enter (or Tab) saves and moves on to
 * the next note in reading order, so a wall of dots is typed in as fast as it is counted;
 * Shift+Tab goes back, Escape stops.
 */
export function VoteCountEditor(props: { view: BoardView; ctx: RoomContext; noteId: Id; initial: string | null; onMove(next: Id | null, initial?: string | null): void }) {
  const { t } = useTranslation();
  const { view, ctx, noteId, onMove } = props;
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Set once Enter, Tab or Escape has handled the field, so the blur that follows does not.
  const done = useRef(false);
  const [value, setValue] = useState(() => props.initial ?? String(votesOf(ctx.board.getState().doc?.notes[noteId])));

  useFollowView(view, box, () => view.scene.note(noteId)?.rect ?? null);
  useEffect(() => {
    input.current?.focus();
    if (props.initial === null) input.current?.select();
  }, [noteId, props.initial]);

  const commit = () => {
    const n = Number(value);
    if (value.trim() !== '' && Number.isFinite(n)) typeVoteCount(ctx, noteId, n);
  };
  const neighbour = (step: 1 | -1): Id | null => {
    const doc = ctx.board.getState().doc;
    if (!doc) return null;
    const order = notesInReadingOrder(doc);
    return order[order.indexOf(noteId) + step] ?? null;
  };

  return (
    <div ref={box} className="room-count-editor" data-testid="vote-count-editor">
      <input
        ref={input}
        type="number"
        min={0}
        max={10000}
        step={1}
        inputMode="numeric"
        aria-label={t('room:voting.count')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            done.current = true;
            commit();
            const next = neighbour(e.shiftKey ? -1 : 1);
            if (next) ctx.board.getState().select([next]);
            onMove(next);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            done.current = true;
            onMove(null);
          }
        }}
        onBlur={() => {
          if (done.current) return;
          done.current = true;
          commit();
          onMove(null);
        }}
      />
    </div>
  );
}
