import type { TFunction } from 'i18next';
import { useStore } from 'zustand';
import type { PhoneSession } from './phoneSession';

/** The notes put up for the vote, as a list legible on a small screen, with a dot counter each. */
export function PhoneVoting({ session, t }: { session: PhoneSession; t: TFunction }) {
  const voting = useStore(session.store, (s) => s.voting)!;
  const mine = new Map(voting.mine.map((d) => [d.ref, d.n]));
  const spent = [...mine.values()].reduce((a, b) => a + b, 0);
  const left = voting.dots - spent;
  const change = (ref: number, delta: 1 | -1) => {
    const next = new Map(mine);
    const n = (next.get(ref) ?? 0) + delta;
    if (n <= 0) next.delete(ref);
    else next.set(ref, n);
    session.vote([...next].map(([r, count]) => ({ ref: r, n: count })));
  };
  return (
    <section className="phone-card" aria-labelledby="phone-vote-heading">
      <h2 id="phone-vote-heading">{t('phone.voteHeading')}</h2>
      <p className="phone-meta" data-testid="phone-dots-left">
        {t('phone.dotsLeft', { count: left })}
        {voting.maxPerNote !== null ? ` · ${t('phone.maxPerNote', { count: voting.maxPerNote })}` : ''}
      </p>
      <ul className="phone-vote-list">
        {voting.notes.map((note) => {
          const n = mine.get(note.ref) ?? 0;
          const full = left <= 0 || (voting.maxPerNote !== null && n >= voting.maxPerNote);
          return (
            <li key={note.ref} className="phone-vote-item" data-testid="phone-vote-item">
              <span className="phone-vote-text">{note.text}</span>
              <span className="phone-vote-controls">
                <button type="button" aria-label={t('phone.removeDot', { text: note.text })} disabled={n === 0} onClick={() => change(note.ref, -1)} data-testid="phone-vote-minus">
                  −
                </button>
                <span className="phone-vote-count" data-testid="phone-vote-count">
                  {'●'.repeat(n) || '0'}
                </span>
                <button type="button" aria-label={t('phone.addDot', { text: note.text })} disabled={full} onClick={() => change(note.ref, 1)} data-testid="phone-vote-plus">
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const SCORES = [-2, -1, 0, 1, 2] as const;
const FACES: Record<(typeof SCORES)[number], string> = { '-2': '😣', '-1': '🙁', 0: '😐', 1: '🙂', 2: '😄' };

export function PhoneRating({ session, t }: { session: PhoneSession; t: TFunction }) {
  const rating = useStore(session.store, (s) => s.rating)!;
  return (
    <section className="phone-card" aria-labelledby="phone-rate-heading">
      <h2 id="phone-rate-heading">{t('phone.rateHeading')}</h2>
      <p className="phone-meta">{t('phone.rateFor', { phase: rating.phaseTitle })}</p>
      <div className="phone-scores" role="radiogroup" aria-labelledby="phone-rate-heading">
        {SCORES.map((score) => (
          <button
            key={score}
            type="button"
            role="radio"
            aria-checked={rating.mine === score}
            className={rating.mine === score ? 'phone-score phone-score--on' : 'phone-score'}
            onClick={() => session.rate(score)}
            data-testid={`phone-rate-${score}`}
          >
            <span className="phone-face" aria-hidden="true">
              {FACES[score]}
            </span>
            <span>{score > 0 ? `+${score}` : score}</span>
            <span className="phone-score-label">{t(`phone.score.${score}`)}</span>
          </button>
        ))}
      </div>
      {rating.mine !== null ? (
        <p className="phone-meta" data-testid="phone-my-rating">
          {t('phone.yourRating', { score: t(`phone.score.${rating.mine}`) })}
        </p>
      ) : null}
    </section>
  );
}
