/**
 * One journey in the library: its board's picture, title, persona, size and last change, and
 * the actions on it. The open button is the card's keyboard stop (the list moves focus between
 * cards with the arrow keys); the action buttons follow it in the tab order of the active card.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/model';
import type { JourneySummary } from '../db/journeys';
import { DeleteForeverIcon, DuplicateIcon, RenameIcon, RestoreIcon, TrashIcon } from './icons';
import { fullDateTime, isJustNow, relativeTime } from './relativeTime';

export interface JourneyCardProps {
  summary: JourneySummary;
  trash: boolean;
  active: boolean;
  renaming: boolean;
  now: number;
  readOnly: boolean;
  onOpen(): void;
  onStartRename(): void;
  onRename(title: string | null): void;
  onDuplicate(): void;
  onTrash(): void;
  onRestore(): void;
  onDeleteForever(): void;
  onNavigate(event: KeyboardEvent<HTMLButtonElement>): void;
  onFocus(): void;
}

function RenameField(props: { initial: string; label: string; onDone(title: string | null): void }) {
  const [value, setValue] = useState(props.initial);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (title: string | null) => {
    if (done.current) return;
    done.current = true;
    props.onDone(title);
  };
  return (
    <input
      ref={ref}
      className="card-rename"
      aria-label={props.label}
      value={value}
      maxLength={LIMITS.titleLength}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(value.trim() || null);
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value.trim() || null)}
      data-testid="rename-input"
    />
  );
}

export function JourneyCard(props: JourneyCardProps) {
  const { t, i18n } = useTranslation();
  const { summary } = props;
  const title = summary.title || t('library:card.untitled');
  const tab = props.active ? 0 : -1;
  const when = props.trash && summary.deletedAt ? summary.deletedAt : summary.updatedAt;
  const metaId = `journey-meta-${summary.id}`;
  return (
    <article className="journey-card" data-unreadable={summary.unreadable || undefined} aria-labelledby={`journey-title-${summary.id}`}>
      <button
        type="button"
        className="card-open"
        tabIndex={tab}
        disabled={props.renaming}
        onClick={props.onOpen}
        onKeyDown={props.onNavigate}
        onFocus={props.onFocus}
        aria-describedby={metaId}
        aria-keyshortcuts={props.trash ? 'Delete' : 'F2 Delete'}
        data-testid="journey-open"
      >
        <span className="card-thumbnail">
          {summary.thumbnail ? <img src={summary.thumbnail} alt="" draggable={false} /> : <span className="card-thumbnail-empty" />}
        </span>
        {!props.renaming && (
          <span className="card-title" id={`journey-title-${summary.id}`}>
            {title}
          </span>
        )}
      </button>
      {props.renaming && (
        <RenameField initial={summary.title} label={t('library:card.renameLabel')} onDone={props.onRename} />
      )}
      <p className="card-meta" id={metaId}>
        {summary.unreadable ? (
          <span className="card-problem">{t('library:card.unreadable')}</span>
        ) : (
          <>
            <span className="card-persona">{summary.personaName || t('library:card.noPersona')}</span>
            <span className="card-counts">
              {t('library:card.phases', { count: summary.phaseCount })} · {t('library:card.notes', { count: summary.noteCount })}
            </span>
            <span className="card-time" title={fullDateTime(when, i18n.language)}>
              {isJustNow(when, props.now)
                ? t(props.trash ? 'library:card.deletedJustNow' : 'library:card.changedJustNow')
                : props.trash
                  ? t('library:card.deleted', { time: relativeTime(when, props.now, i18n.language) })
                  : t('library:card.changed', { time: relativeTime(when, props.now, i18n.language) })}
            </span>
          </>
        )}
      </p>
      <div className="card-actions">
        {props.trash ? (
          <>
            <button type="button" className="icon-button" tabIndex={tab} onClick={props.onRestore} disabled={props.readOnly} title={t('library:actions.restore')} aria-label={t('library:actions.restoreNamed', { title })}>
              <RestoreIcon />
              <span>{t('library:actions.restore')}</span>
            </button>
            <button type="button" className="icon-button icon-button-danger" tabIndex={tab} onClick={props.onDeleteForever} disabled={props.readOnly} title={t('library:actions.deleteForever')} aria-label={t('library:actions.deleteForeverNamed', { title })}>
              <DeleteForeverIcon />
            </button>
          </>
        ) : (
          <>
            <button type="button" className="icon-button" tabIndex={tab} onClick={props.onStartRename} disabled={props.readOnly || summary.unreadable} title={t('library:actions.rename')} aria-label={t('library:actions.renameNamed', { title })}>
              <RenameIcon />
            </button>
            <button type="button" className="icon-button" tabIndex={tab} onClick={props.onDuplicate} disabled={props.readOnly || summary.unreadable} title={t('library:actions.duplicate')} aria-label={t('library:actions.duplicateNamed', { title })}>
              <DuplicateIcon />
            </button>
            <button type="button" className="icon-button" tabIndex={tab} onClick={props.onTrash} disabled={props.readOnly} title={t('library:actions.trash')} aria-label={t('library:actions.trashNamed', { title })}>
              <TrashIcon />
            </button>
          </>
        )}
      </div>
    </article>
  );
}
