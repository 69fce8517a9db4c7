import { useTranslation } from 'react-i18next';
import { PARTICIPANT_LIMITS } from '../../../shared/participants/limits';
import { useBoard } from '../../store/store';
import { cancelVote, closeVote, notesToPutUp, openVote } from '../participantsCommands';
import { participantsRuntime } from '../participantsRuntime';
import { participantsStore, useParticipants } from '../participantsStore';

/** A dot vote on the phones over the notes the facilitator puts up. */
export function PhoneVoteSection() {
  const { t } = useTranslation();
  const ctx = participantsRuntime();
  const doc = useBoard((s) => s.doc);
  useBoard((s) => s.selectedNoteIds);
  const setup = useParticipants((s) => s.voteSetup);
  const vote = useParticipants((s) => s.snapshot.vote);
  const joined = useParticipants((s) => s.snapshot.counts.joined);
  const votes = useParticipants((s) => s.snapshot.counts.votesCast);
  const phaseId = useParticipants((s) => s.writingSetup.phaseId);
  if (!doc) return null;
  const phase = doc.phases.find((p) => p.id === phaseId) ?? doc.phases[0];
  const notes = notesToPutUp(ctx, phase?.id ?? null);
  const selected = ctx.board.getState().selectedNoteIds.size > 0;
  const update = (patch: Partial<typeof setup>) => participantsStore.setState({ voteSetup: { ...setup, ...patch } });
  const clamp = (v: number) => Math.max(1, Math.min(PARTICIPANT_LIMITS.dotsPerParticipant, Math.round(v) || 1));

  return (
    <section className="room-section" aria-labelledby="participants-vote-heading" data-testid="participants-vote">
      <h3 id="participants-vote-heading">{t('participants:panel.voteHeading')}</h3>
      {vote ? (
        <>
          <p className="room-status room-status--strong" data-testid="participants-vote-status">
            {t('participants:panel.voteRunning', { voters: vote.voters, joined, votes })}
          </p>
          <ol className="participants-tally">
            {vote.noteIds.map((id) => (
              <li key={id}>
                {doc.notes[id]?.text ?? '—'} <strong>{vote.tally[id] ?? 0}</strong>
              </li>
            ))}
          </ol>
          <div className="room-row">
            <button type="button" className="room-primary" onClick={() => void closeVote(ctx)} data-testid="participants-close-vote">
              {t('participants:panel.closeVote')}
            </button>
            <button type="button" onClick={() => void cancelVote(ctx)} data-testid="participants-cancel-vote">
              {t('participants:panel.cancelVote')}
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="room-grid">
            <label className="room-field">
              <span>{t('participants:panel.dots')}</span>
              <input type="number" min={1} max={PARTICIPANT_LIMITS.dotsPerParticipant} value={setup.dots} onChange={(e) => update({ dots: clamp(Number(e.target.value)) })} data-testid="participants-vote-dots" />
            </label>
            <label className="room-field">
              <span>{t('participants:panel.maxPerNote')}</span>
              <select value={setup.maxPerNote ?? ''} onChange={(e) => update({ maxPerNote: e.target.value === '' ? null : clamp(Number(e.target.value)) })} data-testid="participants-vote-max">
                <option value="">{t('participants:panel.noLimit')}</option>
                {Array.from({ length: setup.dots }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="room-hint" data-testid="participants-vote-notes">
            {notes.length
              ? `${t('participants:panel.voteNotes')}: ${selected ? t('participants:panel.voteSelected', { count: notes.length }) : t('participants:panel.votePhase', { phase: phase?.title ?? '' })} (${notes.length})`
              : t('participants:panel.noNotesToVote')}
          </p>
          <button type="button" className="room-primary" disabled={!notes.length} onClick={() => void openVote(ctx, notes)} data-testid="participants-open-vote">
            {t('participants:panel.openVote')}
          </button>
        </>
      )}
    </section>
  );
}
