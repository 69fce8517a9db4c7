import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxNote } from '../../../shared/participants/facilitatorMessages';
import { dropPlace } from '../../method/catalogue/placeFromCatalogue';
import { useCatalogueDrag } from '../../method/catalogue/useCatalogueDrag';
import { boardPointAtClient } from '../../method/boardSurface';
import { boardStore, useBoard } from '../../store/store';
import { acceptAll, acceptNote, closeWriting, openWriting, rejectNote } from '../participantsCommands';
import { participantsRuntime } from '../participantsRuntime';
import { participantsStore, useParticipants } from '../participantsStore';

/** Open writing on the phones for a phase (and lane), and work through the inbox. */
export function PhoneWritingSection() {
  const { t } = useTranslation();
  const ctx = participantsRuntime();
  const doc = useBoard((s) => s.doc);
  const setup = useParticipants((s) => s.writingSetup);
  const writing = useParticipants((s) => s.snapshot.writing);
  const inbox = useParticipants((s) => s.snapshot.inbox);
  const participants = useParticipants((s) => s.snapshot.participants);
  const [missed, setMissed] = useState<string | null>(null);
  const { ghost, bind } = useCatalogueDrag<InboxNote>({
    onDrop: (item, client) => {
      const d = boardStore.getState().doc;
      const point = boardPointAtClient(client);
      const place = d && point ? dropPlace(d, point) : null;
      setMissed(place && acceptNote(ctx, item.key, { place }) ? null : item.key);
    },
    onClick: () => undefined,
  });
  if (!doc) return null;
  const update = (patch: Partial<typeof setup>) => participantsStore.setState({ writingSetup: { ...setup, ...patch } });
  const phaseId = setup.phaseId ?? doc.phases[0]?.id ?? null;
  const nameOf = (id: string) => participants.find((p) => p.id === id)?.name ?? '';
  const pending = inbox.filter((n) => n.mode === 'inbox' || !doc.phases.some((p) => p.id === n.phaseId));

  return (
    <section className="room-section" aria-labelledby="participants-writing-heading" data-testid="participants-writing">
      <h3 id="participants-writing-heading">{t('participants:panel.writingHeading')}</h3>
      {writing ? (
        <>
          <p className="room-status room-status--strong" data-testid="participants-writing-open">
            {t('participants:panel.writingOpen', { phase: writing.phaseTitle })} · {writing.mode === 'board' ? t('participants:panel.modeBoard') : t('participants:panel.modeInbox')}
          </p>
          <button type="button" onClick={() => void closeWriting(ctx)} data-testid="participants-close-writing">
            {t('participants:panel.closeWriting')}
          </button>
        </>
      ) : (
        <>
          <div className="room-grid">
            <label className="room-field">
              <span>{t('participants:panel.phase')}</span>
              <select value={phaseId ?? ''} onChange={(e) => update({ phaseId: e.target.value })} data-testid="participants-writing-phase">
                {doc.phases.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title || '—'}
                  </option>
                ))}
              </select>
            </label>
            <label className="room-field">
              <span>{t('participants:panel.lane')}</span>
              <select value={setup.laneId ?? 'choice'} onChange={(e) => update({ laneId: e.target.value })} data-testid="participants-writing-lane">
                <option value="choice">{t('participants:panel.laneChoice')}</option>
                {doc.lanes
                  .filter((l) => l.kind !== 'emotion')
                  .map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.title || '—'}
                    </option>
                  ))}
              </select>
            </label>
          </div>
          <label className="room-field">
            <span>{t('participants:panel.writingMode')}</span>
            <select value={setup.mode} onChange={(e) => update({ mode: e.target.value === 'board' ? 'board' : 'inbox' })} data-testid="participants-writing-mode">
              <option value="inbox">{t('participants:panel.modeInbox')}</option>
              <option value="board">{t('participants:panel.modeBoard')}</option>
            </select>
          </label>
          <button type="button" className="room-primary" onClick={() => void openWriting(ctx)} disabled={doc.phases.length === 0} data-testid="participants-open-writing">
            {t('participants:panel.openWriting')}
          </button>
        </>
      )}

      <p className="room-status" data-testid="participants-inbox-count">
        {pending.length ? t('participants:panel.inbox', { count: pending.length }) : t('participants:panel.inboxEmpty')}
      </p>
      {pending.length ? <p className="room-hint">{t('participants:panel.dragHint')}</p> : null}
      <ul className="participants-inbox" data-testid="participants-inbox">
        {pending.map((item) => (
          <InboxItem key={item.key} item={item} from={nameOf(item.participantId)} missed={missed === item.key} bind={bind(item)} />
        ))}
      </ul>
      {pending.filter((n) => n.mode === 'inbox').length > 1 ? (
        <button type="button" onClick={() => acceptAll(ctx)} data-testid="participants-accept-all">
          {t('participants:panel.acceptAll')}
        </button>
      ) : null}
      {ghost ? (
        <div className="catalogue-ghost" style={{ left: ghost.client.x, top: ghost.client.y }} aria-hidden="true">
          {ghost.item.text}
        </div>
      ) : null}
    </section>
  );
}

function InboxItem({ item, from, missed, bind }: { item: InboxNote; from: string; missed: boolean; bind: ReturnType<ReturnType<typeof useCatalogueDrag<InboxNote>>['bind']> }) {
  const { t } = useTranslation();
  const ctx = participantsRuntime();
  const [editing, setEditing] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const accept = (text?: string) => {
    const ok = acceptNote(ctx, item.key, text !== undefined ? { text } : {});
    setGone(!ok);
    if (ok) setEditing(null);
  };
  return (
    <li className="participants-inbox-item" data-testid="participants-inbox-item">
      {editing === null ? (
        <div className="participants-inbox-text" {...bind} tabIndex={-1}>
          {item.text}
          {from ? <span className="room-hint"> · {t('participants:panel.from', { name: from })}</span> : null}
        </div>
      ) : (
        <textarea
          value={editing}
          maxLength={500}
          aria-label={t('participants:panel.edit')}
          onChange={(e) => setEditing(e.target.value)}
          data-testid="participants-inbox-edit-text"
        />
      )}
      {gone || missed ? <p className="room-warning">{t('participants:panel.goneCell')}</p> : null}
      <div className="room-row">
        {editing === null ? (
          <>
            <button type="button" onClick={() => accept()} data-testid="participants-accept">
              {t('participants:panel.accept')}
            </button>
            <button type="button" onClick={() => setEditing(item.text)} data-testid="participants-edit">
              {t('participants:panel.edit')}
            </button>
            <button type="button" onClick={() => rejectNote(ctx, item.key)} data-testid="participants-reject">
              {t('participants:panel.reject')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => accept(editing)} disabled={!editing.trim()} data-testid="participants-save-edit">
              {t('participants:panel.save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('participants:panel.cancel')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
