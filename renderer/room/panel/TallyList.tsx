import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tally } from '../../../shared/room/voting';
import { useBoard } from '../../store/store';
import type { RoomContext } from '../roomCommands';

/** Notes sorted by votes; choosing one selects it on the board. */
export function TallyList({ ctx }: { ctx: RoomContext }) {
  const { t } = useTranslation();
  const doc = useBoard((s) => s.doc);
  const entries = useMemo(() => (doc ? tally(doc) : []), [doc]);
  if (!doc) return null;
  if (entries.length === 0) return <p className="room-hint" data-testid="tally-empty">{t('room:voting.tallyEmpty')}</p>;
  const phaseTitle = new Map(doc.phases.map((p) => [p.id, p.title]));
  return (
    <ol className="room-tally" aria-label={t('room:voting.tally')} data-testid="tally">
      {entries.map((entry) => {
        const note = doc.notes[entry.noteId]!;
        const where = note.phaseId ? phaseTitle.get(note.phaseId) : null;
        return (
          <li key={entry.noteId} data-note-id={entry.noteId}>
            <button type="button" className="room-tally__item" onClick={() => ctx.board.getState().select([entry.noteId])}>
              <span className="room-tally__rank">{entry.rank}.</span>
              <span className="room-tally__text">
                {note.text.trim() || t('room:voting.untitledNote')}
                {where ? <small>{where}</small> : null}
              </span>
              <span className="room-tally__votes" aria-label={t('room:voting.votes', { count: entry.votes })}>
                {entry.votes}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
