/**
 * The start screen: every journey as a card, newest change first; search, sort, the trash,
 * and "New journey". Fully usable from the keyboard: Tab reaches the toolbar and then the
 * list, arrow keys move between cards, Enter opens, F2 renames, Delete moves to the trash.
 */
import './library.css';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, Language } from '../../shared/model';
import { ConfirmDialog } from '../app/Dialog';
import { openJourney } from '../app/journeySession';
import { showNotice } from '../app/notices';
import { useStorageHealth } from '../app/storageHealth';
import type { JourneySummary } from '../db/journeys';
import { measureColumns, nextCardIndex } from './gridNavigation';
import { PlusIcon, SearchIcon } from './icons';
import { JourneyCard } from './JourneyCard';
import {
  addJourney,
  deleteForever,
  duplicateLibraryJourney,
  emptyLibraryTrash,
  renameLibraryJourney,
  restoreJourney,
  trashJourney,
} from './libraryActions';
import { isLibrarySort, LIBRARY_SORTS, visibleJourneys, type LibrarySort } from './libraryView';
import { NewJourneyDialog } from './NewJourneyDialog';
import { RecentFiles } from './RecentFiles';
import { TEMPLATE_CHOICES, type TemplateChoiceId } from './templateChoices';
import { useJourneySummaries } from './useJourneySummaries';

const SORT_KEY = 'journeyboard.librarySort';

function storedSort(): LibrarySort {
  try {
    const value = localStorage.getItem(SORT_KEY);
    return isLibrarySort(value) ? value : 'changed';
  } catch {
    return 'changed';
  }
}

type Confirm = { kind: 'emptyTrash' } | { kind: 'deleteForever'; summary: JourneySummary };

/** `creating` is lifted to the shell so that the menu's File > New Journey can open the dialog. */
export function LibraryScreen(props: { creating: boolean; setCreating(open: boolean): void }) {
  const { t, i18n } = useTranslation();
  const { summaries, failure, reload } = useJourneySummaries();
  const readOnly = useStorageHealth((s) => s.newerVersion !== null);
  const [trash, setTrash] = useState(false);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>(storedSort);
  const [activeId, setActiveId] = useState<Id | null>(null);
  const [renamingId, setRenamingId] = useState<Id | null>(null);
  const { creating, setCreating } = props;
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const visible = useMemo(
    () => visibleJourneys(summaries ?? [], { trash, query, sort, locale: i18n.language }),
    [summaries, trash, query, sort, i18n.language],
  );
  const trashCount = useMemo(() => (summaries ?? []).filter((s) => s.deletedAt !== null).length, [summaries]);
  const libraryCount = (summaries?.length ?? 0) - trashCount;
  const activeIndex = Math.max(0, visible.findIndex((s) => s.id === activeId));

  const focusCard = useCallback((index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-testid="journey-open"]');
    buttons?.[index]?.focus();
  }, []);

  // After an action re-sorts the list (a rename moves the card to the top), focus follows the
  // journey, not the position it had.
  const [focusTarget, setFocusTarget] = useState<{ id: Id } | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    const index = visible.findIndex((s) => s.id === focusTarget.id);
    if (index < 0) return;
    setFocusTarget(null);
    setActiveId(focusTarget.id);
    focusCard(index);
  }, [visible, focusCard, focusTarget]);

  const changeSort = (value: LibrarySort) => {
    setSort(value);
    try {
      localStorage.setItem(SORT_KEY, value);
    } catch {
      // not remembered; harmless
    }
  };

  const failed = (error: unknown) => {
    console.error(error);
    showNotice({ tone: 'error', text: t('library:errors.actionFailed') });
    void reload();
  };

  const open = async (summary: JourneySummary) => {
    if (summary.unreadable) {
      showNotice({ tone: 'error', text: t('library:errors.unreadable', { title: summary.title }) });
      return;
    }
    const outcome = await openJourney(summary.id);
    if (!outcome.ok) {
      showNotice({ tone: 'error', text: t(outcome.reason === 'unreadable' ? 'library:errors.unreadable' : outcome.reason === 'missing' ? 'library:errors.missing' : 'library:errors.storage', { title: summary.title }) });
      void reload();
    } else if (outcome.skipped > 0) {
      showNotice({ tone: 'error', text: t('library:errors.skippedRows', { count: outcome.skipped }) });
    }
  };

  const create = async (choice: TemplateChoiceId, options: { language: Language; title?: string }) => {
    const template = TEMPLATE_CHOICES.find((c) => c.id === choice)!;
    try {
      const id = await addJourney(template.create(options));
      setCreating(false);
      const outcome = await openJourney(id);
      if (!outcome.ok) failed(outcome.reason);
    } catch (error) {
      failed(error);
    }
  };

  const rename = async (summary: JourneySummary, title: string | null) => {
    setRenamingId(null);
    if (title !== null && title !== summary.title) {
      try {
        await renameLibraryJourney(summary.id, title);
        await reload();
      } catch (error) {
        failed(error);
      }
    }
    setFocusTarget({ id: summary.id });
  };

  const duplicate = async (summary: JourneySummary) => {
    try {
      const id = await duplicateLibraryJourney(summary.id, t('library:card.copyOf', { title: summary.title }));
      await reload();
      setActiveId(id);
      showNotice({ tone: 'info', text: t('library:notices.duplicated', { title: summary.title }) });
    } catch (error) {
      failed(error);
    }
  };

  const moveToTrash = async (summary: JourneySummary) => {
    const index = visible.findIndex((s) => s.id === summary.id);
    try {
      await trashJourney(summary.id);
      await reload();
      showNotice({
        tone: 'info',
        text: t('library:notices.trashed', { title: summary.title }),
        action: {
          label: t('library:actions.undo'),
          run: () => void restoreJourney(summary.id).then(reload, failed),
        },
      });
      const next = visible[index + 1] ?? visible[index - 1];
      setActiveId(next?.id ?? null);
      requestAnimationFrame(() => focusCard(Math.min(index, visible.length - 2)));
    } catch (error) {
      failed(error);
    }
  };

  const restore = async (summary: JourneySummary) => {
    try {
      await restoreJourney(summary.id);
      await reload();
      showNotice({ tone: 'info', text: t('library:notices.restored', { title: summary.title }) });
    } catch (error) {
      failed(error);
    }
  };

  const runConfirmed = async (what: Confirm) => {
    setConfirm(null);
    try {
      if (what.kind === 'emptyTrash') {
        const count = await emptyLibraryTrash();
        showNotice({ tone: 'info', text: t('library:notices.trashEmptied', { count }) });
      } else {
        await deleteForever(what.summary.id);
        showNotice({ tone: 'info', text: t('library:notices.deletedForever', { title: what.summary.title }) });
      }
      await reload();
    } catch (error) {
      failed(error);
    }
  };

  const navigate = (summary: JourneySummary, index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'F2' && !trash && !readOnly && !summary.unreadable) {
      event.preventDefault();
      setRenamingId(summary.id);
      return;
    }
    if (event.key === 'Delete' && !readOnly) {
      event.preventDefault();
      if (trash) setConfirm({ kind: 'deleteForever', summary });
      else void moveToTrash(summary);
      return;
    }
    const list = listRef.current;
    const next = list ? nextCardIndex(index, event.key, visible.length, measureColumns(list)) : null;
    if (next === null) return;
    event.preventDefault();
    setActiveId(visible[next]!.id);
    focusCard(next);
  };

  const loading = summaries === null;
  const empty = !loading && visible.length === 0;

  return (
    <main className="library" aria-labelledby="library-heading" data-testid="library">
      <div className="library-inner">
        <div className="library-top">
          <div className="library-heading">
            <h2 id="library-heading">{trash ? t('library:trash.heading') : t('library:heading')}</h2>
            <div className="library-tabs" role="group" aria-label={t('library:views')}>
              <button type="button" className="tab" aria-pressed={!trash} onClick={() => setTrash(false)} data-testid="show-library">
                {t('library:tabs.journeys', { count: libraryCount })}
              </button>
              <button type="button" className="tab" aria-pressed={trash} onClick={() => setTrash(true)} data-testid="show-trash">
                {t('library:tabs.trash', { count: trashCount })}
              </button>
            </div>
          </div>
          <div className="library-toolbar">
            <label className="search">
              <SearchIcon />
              <span className="visually-hidden">{t('library:search.label')}</span>
              <input type="search" value={query} placeholder={t('library:search.placeholder')} onChange={(e) => setQuery(e.target.value)} data-testid="library-search" />
            </label>
            <label className="sort">
              <span>{t('library:sort.label')}</span>
              <select value={sort} onChange={(e) => changeSort(e.target.value as LibrarySort)} data-testid="library-sort">
                {LIBRARY_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`library:sort.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            {trash ? (
              <button type="button" className="button button-danger" disabled={trashCount === 0 || readOnly} onClick={() => setConfirm({ kind: 'emptyTrash' })} data-testid="empty-trash">
                {t('library:trash.empty')}
              </button>
            ) : (
              <button type="button" className="button button-primary" disabled={readOnly} onClick={() => setCreating(true)} data-testid="new-journey">
                <PlusIcon />
                {t('library:new.button')}
              </button>
            )}
          </div>
        </div>

        {failure && (
          <p className="library-problem" role="alert">
            {t('library:errors.listFailed')}
          </p>
        )}
        {trash && !empty && <p className="library-hint">{t('library:trash.hint')}</p>}

        {loading ? (
          <p className="library-loading">{t('common:loading')}</p>
        ) : empty ? (
          <div className="library-empty" data-testid="library-empty">
            {query ? (
              <p>{t('library:empty.noMatch', { query })}</p>
            ) : trash ? (
              <p>{t('library:empty.trash')}</p>
            ) : (
              <>
                <h3>{t('library:empty.title')}</h3>
                <p>{t('library:empty.text')}</p>
                <button type="button" className="button button-primary" disabled={readOnly} onClick={() => setCreating(true)}>
                  <PlusIcon />
                  {t('library:new.button')}
                </button>
              </>
            )}
          </div>
        ) : (
          <ul className="journey-list" role="list" ref={listRef} aria-label={trash ? t('library:trash.heading') : t('library:heading')} data-testid="journey-list">
            {visible.map((summary, index) => (
              <li key={summary.id} role="listitem" data-journey-id={summary.id}>
                <JourneyCard
                  summary={summary}
                  trash={trash}
                  active={index === activeIndex}
                  renaming={renamingId === summary.id}
                  now={now}
                  readOnly={readOnly}
                  onOpen={() => void open(summary)}
                  onStartRename={() => setRenamingId(summary.id)}
                  onRename={(title) => void rename(summary, title)}
                  onDuplicate={() => void duplicate(summary)}
                  onTrash={() => void moveToTrash(summary)}
                  onRestore={() => void restore(summary)}
                  onDeleteForever={() => setConfirm({ kind: 'deleteForever', summary })}
                  onNavigate={navigate(summary, index)}
                  onFocus={() => setActiveId(summary.id)}
                />
              </li>
            ))}
          </ul>
        )}
        {!trash && <RecentFiles />}
        {!trash && <p className="library-keys">{t('library:keys')}</p>}
      </div>

      {creating && <NewJourneyDialog onCreate={create} onClose={() => setCreating(false)} />}
      {confirm && (
        <ConfirmDialog
          title={confirm.kind === 'emptyTrash' ? t('library:confirm.emptyTitle') : t('library:confirm.deleteTitle')}
          message={
            confirm.kind === 'emptyTrash'
              ? t('library:confirm.emptyText', { count: trashCount })
              : t('library:confirm.deleteText', { title: confirm.summary.title })
          }
          confirmLabel={confirm.kind === 'emptyTrash' ? t('library:trash.empty') : t('library:actions.deleteForever')}
          cancelLabel={t('common:actions.cancel')}
          danger
          onConfirm={() => void runConfirmed(confirm)}
          onCancel={() => setConfirm(null)}
        />
      )}
    </main>
  );
}
