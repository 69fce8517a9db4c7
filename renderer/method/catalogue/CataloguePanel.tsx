/**
 * The catalogue palette: DOMAIN.md's touchpoints by purchase stage and KPIs by funnel phase,
 * in the board's language, searchable. Drag an entry onto a cell to create the note there, or
 * press it (click, Enter) to add it to its column. Facilitators add their own entries, which
 * are kept across journeys.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  boardLanguage,
  KPI_CATALOGUE,
  METHOD_PHASE_TITLES,
  METHOD_PHASES,
  PURCHASE_STAGE_TITLES,
  PURCHASE_STAGES,
  searchKpis,
  searchTouchpoints,
  TOUCHPOINT_CATALOGUE,
  type KpiEntry,
  type TouchpointEntry,
} from '../../../shared/catalogue';
import { addNotes, type JourneyDoc, type Language, type Point } from '../../../shared/model';
import { commitDoc } from '../../actions/commit';
import { freeSpotInCell } from '../../../shared/board/placement';
import { boardStore, useBoard } from '../../store/store';
import { boardPointAtClient } from '../boardSurface';
import { defaultCellFor, dropPlace, noteFromCatalogue, type CatalogueItem } from './placeFromCatalogue';
import { useCatalogueDrag } from './useCatalogueDrag';
import { OWN_ENTRY_PREFIX, useOwnEntries } from './useOwnEntries';

type Tab = 'touchpoints' | 'kpis';

function dropPlaceAt(doc: JourneyDoc, client: Point) {
  const point = boardPointAtClient(client);
  return point && dropPlace(doc, point);
}

function keyboardPlace(doc: JourneyDoc, item: CatalogueItem) {
  const cell = boardStore.getState().selectedCell ?? defaultCellFor(doc, item);
  const spot = cell && freeSpotInCell(doc, cell);
  return cell && spot ? { ...cell, ...spot } : null;
}

function addAt(item: CatalogueItem, language: Language, client: Point | null): boolean {
  const doc = boardStore.getState().doc;
  if (!doc) return false;
  const place = client ? dropPlaceAt(doc, client) : keyboardPlace(doc, item);
  if (!place) return false;
  const note = noteFromCatalogue(item, language, place);
  commitDoc(boardStore, (d) => addNotes(d, [note]));
  boardStore.getState().select([note.id]);
  return true;
}

export function CataloguePanel() {
  const { t, i18n } = useTranslation();
  const doc = useBoard((s) => s.doc);
  const guessed = doc ? boardLanguage(doc, i18n.language === 'de' ? 'de' : 'en') : 'en';
  const [chosenLanguage, setLanguage] = useState<Language | null>(null);
  const language = chosenLanguage ?? guessed;
  const [tab, setTab] = useState<Tab>('touchpoints');
  const [query, setQuery] = useState('');
  const [missed, setMissed] = useState(false);
  const own = useOwnEntries();
  const [newText, setNewText] = useState('');
  const [newGroup, setNewGroup] = useState<string>('beforePurchase');

  const { ghost, bind } = useCatalogueDrag<CatalogueItem>({
    onDrop: (item, client) => setMissed(!addAt(item, language, client)),
    onClick: (item) => setMissed(!addAt(item, language, null)),
  });

  const touchpoints = searchTouchpoints(query, language, [...TOUCHPOINT_CATALOGUE, ...own.touchpoints]);
  const kpis = searchKpis(query, [...KPI_CATALOGUE, ...own.kpis]);

  const groups =
    tab === 'touchpoints'
      ? PURCHASE_STAGES.map((stage) => ({
          key: stage,
          title: PURCHASE_STAGE_TITLES[stage][language],
          items: touchpoints.filter((e) => e.stage === stage).map((entry): CatalogueItem => ({ type: 'touchpoint', entry })),
        }))
      : METHOD_PHASES.map((phase) => ({
          key: phase,
          title: METHOD_PHASE_TITLES[phase][language],
          items: kpis.filter((e) => e.phase === phase).map((entry): CatalogueItem => ({ type: 'kpi', entry })),
        }));

  const switchTab = (next: Tab) => {
    setTab(next);
    setNewGroup(next === 'touchpoints' ? 'beforePurchase' : 'awareness');
  };

  return (
    <div className="method-panel catalogue-panel" data-testid="catalogue-panel">
      <div className="method-tabs" role="group" aria-label={t('persona:catalogue.kind')}>
        <button type="button" aria-pressed={tab === 'touchpoints'} onClick={() => switchTab('touchpoints')} data-testid="catalogue-tab-touchpoints">
          {t('persona:catalogue.touchpoints')}
        </button>
        <button type="button" aria-pressed={tab === 'kpis'} onClick={() => switchTab('kpis')} data-testid="catalogue-tab-kpis">
          {t('persona:catalogue.kpis')}
        </button>
      </div>
      <label className="method-field">
        <span>{t('persona:catalogue.search')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="catalogue-search" />
      </label>
      <label className="method-field method-inline">
        <span>{t('persona:catalogue.language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="catalogue-language">
          <option value="en">{t('persona:catalogue.english')}</option>
          <option value="de">{t('persona:catalogue.german')}</option>
        </select>
      </label>
      <p className="method-note">{t('persona:catalogue.hint')}</p>
      {missed && (
        <p className="method-problem" role="status">
          {t('persona:catalogue.dropOnCell')}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.key} className="catalogue-group" data-group={group.key}>
          <h3>{group.title}</h3>
          {group.items.length === 0 ? (
            <p className="method-note">{t('persona:catalogue.noMatch')}</p>
          ) : (
            <ul>
              {group.items.map((item) => {
                const entry: TouchpointEntry | KpiEntry = item.entry;
                const isOwn = entry.id.startsWith(OWN_ENTRY_PREFIX);
                return (
                  <li key={entry.id}>
                    <button type="button" className="catalogue-entry" data-entry={entry.id} {...bind(item)}>
                      {entry.name[language]}
                    </button>
                    {isOwn && (
                      <button
                        type="button"
                        className="method-icon-button"
                        aria-label={t('persona:catalogue.deleteOwn', { name: entry.name[language] })}
                        onClick={() => void own.remove(entry.id)}
                      >
                        ×
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
      <form
        className="catalogue-own"
        onSubmit={(e) => {
          e.preventDefault();
          const text = newText.trim();
          if (!text) return;
          void own.add({ catalogue: tab, group: newGroup, text, language });
          setNewText('');
        }}
      >
        <h3>{t('persona:catalogue.ownHeading')}</h3>
        <label className="method-field">
          <span>{t('persona:catalogue.ownText')}</span>
          <input value={newText} maxLength={500} onChange={(e) => setNewText(e.target.value)} data-testid="catalogue-own-text" />
        </label>
        <label className="method-field">
          <span>{tab === 'touchpoints' ? t('persona:catalogue.ownStage') : t('persona:catalogue.ownPhase')}</span>
          <select value={newGroup} onChange={(e) => setNewGroup(e.target.value)} data-testid="catalogue-own-group">
            {groups.map((g) => (
              <option key={g.key} value={g.key}>
                {g.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!newText.trim()} data-testid="catalogue-own-add">
          {t('persona:catalogue.ownAdd')}
        </button>
        {own.failure && (
          <p className="method-problem" role="alert">
            {t('persona:catalogue.storageFailed')}
          </p>
        )}
      </form>
      {ghost && (
        <div className="catalogue-ghost" style={{ left: ghost.client.x, top: ghost.client.y }} aria-hidden="true">
          {ghost.item.entry.name[language]}
        </div>
      )}
    </div>
  );
}
