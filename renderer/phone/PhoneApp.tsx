import { useState } from 'react';
import { useStore } from 'zustand';
import type { TFunction } from 'i18next';
import { PARTICIPANT_LIMITS } from '../../shared/participants/limits';
import type { PhoneSession } from './phoneSession';
import { PhoneRating, PhoneVoting } from './PhoneRounds';

export function PhoneApp({ session, t }: { session: PhoneSession; t: TFunction }) {
  const s = useStore(session.store);
  return (
    <main className="phone">
      <h1>{t('phone.title')}</h1>
      {!s.online && s.stage !== 'ended' && s.stage !== 'removed' ? (
        <p className="phone-banner" role="status" data-testid="phone-offline">
          {s.stage === 'connecting' ? t('phone.connecting') : t('phone.offline')}
        </p>
      ) : null}
      {s.stage === 'join' ? <JoinForm session={session} t={t} /> : null}
      {s.stage === 'waiting' ? (
        <p className="phone-info" data-testid="phone-waiting">
          {t('phone.waiting')}
        </p>
      ) : null}
      {s.stage === 'in' ? (
        <>
          <p className="phone-hello" data-testid="phone-hello">
            {s.name ? t('phone.hello', { name: s.name }) : t('phone.helloAnonymous')}
          </p>
          {!s.writing && !s.voting && !s.rating ? <p className="phone-info">{t('phone.nothingOpen')}</p> : null}
          {s.writing ? <PhoneWriting session={session} t={t} /> : null}
          {s.voting ? <PhoneVoting session={session} t={t} /> : null}
          {s.rating ? <PhoneRating session={session} t={t} /> : null}
        </>
      ) : null}
      {s.stage === 'in' || s.stage === 'waiting' ? <Outbox session={session} t={t} /> : null}
      {s.stage === 'removed' ? <p className="phone-info" data-testid="phone-removed">{t('phone.removed')}</p> : null}
      {s.stage === 'ended' ? <p className="phone-info" data-testid="phone-ended">{t('phone.ended')}</p> : null}
      {s.lastRefusal && s.stage !== 'join' ? (
        <p className="phone-note" role="status" data-testid="phone-refusal">
          {t(`phone.refused.${s.lastRefusal}`)}
        </p>
      ) : null}
    </main>
  );
}

function JoinForm({ session, t }: { session: PhoneSession; t: TFunction }) {
  const s = useStore(session.store);
  const [name, setName] = useState(s.name);
  const [anonymous, setAnonymous] = useState(false);
  const missing = !anonymous && name.trim() === '';
  return (
    <form
      className="phone-card"
      onSubmit={(e) => {
        e.preventDefault();
        if (!missing) session.join(anonymous ? '' : name.trim());
      }}
    >
      <h2>{t('phone.joinHeading')}</h2>
      <label htmlFor="phone-name">{t('phone.name')}</label>
      <input
        id="phone-name"
        value={name}
        disabled={anonymous}
        maxLength={PARTICIPANT_LIMITS.nameLength}
        placeholder={t('phone.namePlaceholder')}
        autoComplete="given-name"
        onChange={(e) => setName(e.target.value)}
        data-testid="phone-name"
      />
      {s.anonymousAllowed ? (
        <label className="phone-check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-testid="phone-anonymous" />
          {t('phone.anonymous')}
        </label>
      ) : null}
      {s.lastRefusal === 'nameRequired' ? <p className="phone-note">{t('phone.nameRequired')}</p> : null}
      <button type="submit" className="phone-primary" disabled={missing || !s.online} data-testid="phone-join">
        {t('phone.join')}
      </button>
    </form>
  );
}

function PhoneWriting({ session, t }: { session: PhoneSession; t: TFunction }) {
  const writing = useStore(session.store, (s) => s.writing)!;
  const [text, setText] = useState('');
  const [laneRef, setLaneRef] = useState(0);
  const submit = () => {
    const clean = text.trim();
    if (!clean) return;
    session.write(clean, writing.lanes ? laneRef : undefined);
    setText('');
  };
  return (
    <section className="phone-card" aria-labelledby="phone-write-heading">
      <h2 id="phone-write-heading">{t('phone.writeHeading')}</h2>
      <p className="phone-meta" data-testid="phone-write-phase">
        {t('phone.writeFor', { phase: writing.phaseTitle })}
        {writing.laneTitle ? ` · ${t('phone.writeLane', { lane: writing.laneTitle })}` : ''}
      </p>
      {writing.mode === 'board' ? <p className="phone-meta">{t('phone.covered')}</p> : null}
      {writing.lanes ? (
        <label className="phone-field">
          {t('phone.chooseLane')}
          <select value={laneRef} onChange={(e) => setLaneRef(Number(e.target.value))} data-testid="phone-lane">
            {writing.lanes.map((l) => (
              <option key={l.ref} value={l.ref}>
                {l.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <textarea
        value={text}
        maxLength={PARTICIPANT_LIMITS.noteLength}
        rows={4}
        placeholder={t('phone.notePlaceholder')}
        aria-label={t('phone.writeHeading')}
        onChange={(e) => setText(e.target.value)}
        data-testid="phone-note-text"
      />
      <button type="button" className="phone-primary" disabled={!text.trim()} onClick={submit} data-testid="phone-send">
        {t('phone.send')}
      </button>
    </section>
  );
}

function Outbox({ session, t }: { session: PhoneSession; t: TFunction }) {
  const outbox = useStore(session.store, (s) => s.outbox);
  const sent = useStore(session.store, (s) => s.sent);
  const undelivered = useStore(session.store, (s) => s.undelivered);
  if (!outbox.length && !sent && !undelivered.length) return null;
  return (
    <section className="phone-status" aria-live="polite">
      {sent ? <p data-testid="phone-sent">{t('phone.sent', { count: sent })}</p> : null}
      {outbox.length ? (
        <>
          <p data-testid="phone-queued">{t('phone.queued', { count: outbox.length })}</p>
          <ul className="phone-queue">
            {outbox.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {undelivered.map((u) => (
        <p key={u.note.id} className="phone-note">
          {t('phone.undelivered', { text: u.note.text })} ({t(`phone.refused.${u.reason}`)})
        </p>
      ))}
    </section>
  );
}
