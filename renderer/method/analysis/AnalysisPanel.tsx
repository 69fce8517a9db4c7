/**
 * The analysis side panel (DOMAIN.md step 7): touchpoints per phase and before purchase (rule
 * of seven), the experience mix per phase, pain point hotspots, the inside-out / outside-in
 * rating gap, touchpoints by ownership and directness, and KPIs that miss their target. Every
 * figure is a button: pressing it selects the notes behind it on the board.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseJourney, RULE_OF_SEVEN, type JourneyAnalysis } from '../../../shared/analysis';
import type { Id } from '../../../shared/model';
import { boardStore, useBoard } from '../../store/store';
import { signedScore, valueNames } from '../touchpoint/attributeLabels';

function SelectButton(props: { ids: readonly Id[]; children: ReactNode; testId?: string; className?: string; label?: string }) {
  const selected = useBoard((s) => s.selectedNoteIds);
  const active = props.ids.length > 0 && props.ids.length === selected.size && props.ids.every((id) => selected.has(id));
  return (
    <button
      type="button"
      className={`analysis-entry ${props.className ?? ''} ${active ? 'is-active' : ''}`}
      disabled={props.ids.length === 0}
      aria-label={props.label}
      data-testid={props.testId}
      data-count={props.ids.length}
      onClick={() => boardStore.getState().select(props.ids)}
    >
      {props.children}
    </button>
  );
}

function Bar({ value, max }: { value: number; max: number }) {
  return (
    <span className="analysis-bar" aria-hidden="true">
      <span style={{ width: `${max > 0 ? (100 * value) / max : 0}%` }} />
    </span>
  );
}

function TouchpointSection({ a }: { a: JourneyAnalysis }) {
  const { t } = useTranslation();
  const tp = a.touchpoints;
  const max = Math.max(1, ...tp.perPhase.map((g) => g.noteIds.length));
  const before = tp.beforePurchase.noteIds.length;
  return (
    <section data-testid="analysis-touchpoints">
      <h3>{t('persona:analysis.touchpoints.heading')}</h3>
      <SelectButton ids={tp.total.noteIds} testId="analysis-total">
        <strong>{tp.total.noteIds.length}</strong> {t('persona:analysis.touchpoints.total', { count: tp.total.noteIds.length })}
      </SelectButton>
      <ul className="analysis-list">
        {tp.perPhase.map((g) => (
          <li key={g.phaseId}>
            <SelectButton ids={g.noteIds} testId="analysis-phase">
              <span className="analysis-label">{g.title || t('persona:analysis.untitledPhase')}</span>
              <Bar value={g.noteIds.length} max={max} />
              <span className="analysis-figure">{g.noteIds.length}</span>
            </SelectButton>
          </li>
        ))}
      </ul>
      <SelectButton ids={tp.beforePurchase.noteIds} testId="analysis-before-purchase" className={tp.beforePurchase.missing > 0 ? 'is-warning' : 'is-good'}>
        <span className="analysis-label">{t('persona:analysis.touchpoints.beforePurchase', { count: before })}</span>
        <span className="analysis-verdict">
          {tp.beforePurchase.missing > 0
            ? t('persona:analysis.touchpoints.ruleOfSevenMissing', { count: tp.beforePurchase.missing, rule: RULE_OF_SEVEN })
            : t('persona:analysis.touchpoints.ruleOfSevenReached', { rule: RULE_OF_SEVEN })}
        </span>
      </SelectButton>
      {tp.unplaced.noteIds.length > 0 && (
        <SelectButton ids={tp.unplaced.noteIds}>{t('persona:analysis.touchpoints.unplaced', { count: tp.unplaced.noteIds.length })}</SelectButton>
      )}
    </section>
  );
}

function ExperienceSection({ a }: { a: JourneyAnalysis }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const names = valueNames(t);
  return (
    <section data-testid="analysis-experience">
      <h3>{t('persona:analysis.experience.heading')}</h3>
      <ul className="analysis-list">
        {a.experience.perPhase.map((p) => (
          <li key={p.phaseId} className="analysis-experience-row">
            <span className="analysis-label">{p.title || t('persona:analysis.untitledPhase')}</span>
            {p.shares ? (
              <span className="analysis-stack">
                {(['positive', 'neutral', 'negative'] as const).map((kind) =>
                  p[kind].length > 0 ? (
                    <SelectButton key={kind} ids={p[kind]} className={`is-${kind}`} testId={`analysis-experience-${kind}`} label={`${names.experience[kind]} ${percent.format(p.shares![kind])}`}>
                      <span style={{ flexGrow: p.shares![kind] }}>{percent.format(p.shares![kind])}</span>
                    </SelectButton>
                  ) : null,
                )}
              </span>
            ) : (
              <span className="method-note">{t('persona:analysis.experience.unrated')}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="analysis-legend">
        <span className="is-positive">{names.experience.positive}</span> <span className="is-neutral">{names.experience.neutral}</span>{' '}
        <span className="is-negative">{names.experience.negative}</span>
      </p>
    </section>
  );
}

function PainSection({ a }: { a: JourneyAnalysis }) {
  const { t } = useTranslation();
  const pains = a.painPoints;
  const max = Math.max(1, ...pains.phases.map((g) => g.noteIds.length));
  return (
    <section data-testid="analysis-pain">
      <h3>{t('persona:analysis.pain.heading')}</h3>
      {pains.total.length === 0 ? (
        <p className="method-note">{t('persona:analysis.pain.none')}</p>
      ) : (
        <>
          <ol className="analysis-list">
            {pains.phases.map((g, i) => (
              <li key={g.phaseId}>
                <SelectButton ids={g.noteIds} testId="analysis-pain-phase" className={i === 0 ? 'is-hotspot' : ''}>
                  <span className="analysis-label">{g.title || t('persona:analysis.untitledPhase')}</span>
                  <Bar value={g.noteIds.length} max={max} />
                  <span className="analysis-figure">{g.noteIds.length}</span>
                </SelectButton>
              </li>
            ))}
          </ol>
          {pains.cells.length > 1 && (
            <>
              <h4>{t('persona:analysis.pain.cells')}</h4>
              <ol className="analysis-list">
                {pains.cells.slice(0, 5).map((c) => (
                  <li key={`${c.phaseId}/${c.laneId}`}>
                    <SelectButton ids={c.noteIds} testId="analysis-pain-cell">
                      <span className="analysis-label">
                        {c.title} · {c.laneTitle}
                      </span>
                      <span className="analysis-figure">{c.noteIds.length}</span>
                    </SelectButton>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

function RatingSection({ a }: { a: JourneyAnalysis }) {
  const { t } = useTranslation();
  const r = a.ratings;
  return (
    <section data-testid="analysis-ratings">
      <h3>{t('persona:analysis.ratings.heading')}</h3>
      {r.rated.length === 0 ? (
        <p className="method-note">{t('persona:analysis.ratings.none')}</p>
      ) : (
        <>
          <SelectButton ids={r.agreeing} testId="analysis-ratings-agree">
            {t('persona:analysis.ratings.agree', { agree: r.agreeing.length, count: r.rated.length })}
          </SelectButton>
          <p className="method-note">{t('persona:analysis.ratings.benchmark')}</p>
          <SelectButton ids={r.gaps.map((g) => g.noteId)} testId="analysis-ratings-gaps" className={r.gaps.length ? 'is-warning' : ''}>
            {t('persona:analysis.ratings.gaps', { count: r.gaps.length })}
          </SelectButton>
          <ul className="analysis-list">
            {r.gaps.map((g) => (
              <li key={g.noteId}>
                <SelectButton ids={[g.noteId]} testId="analysis-gap">
                  <span className="analysis-label">{g.text || t('persona:analysis.emptyNote')}</span>
                  <span className="analysis-figure">
                    {t('persona:analysis.ratings.pair', { company: signedScore(g.companyRating), customer: signedScore(g.customerRating) })}
                  </span>
                </SelectButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AttributeSection({ a, attribute }: { a: JourneyAnalysis; attribute: 'ownership' | 'directness' }) {
  const { t } = useTranslation();
  const names = valueNames(t);
  const result = a[attribute];
  const max = Math.max(1, ...result.groups.map((g) => g.noteIds.length), result.unset.length);
  return (
    <section data-testid={`analysis-${attribute}`}>
      <h3>{attribute === 'ownership' ? t('persona:analysis.byOwnership') : t('persona:analysis.byDirectness')}</h3>
      <ul className="analysis-list">
        {result.groups.map((g) => (
          <li key={g.value}>
            <SelectButton ids={g.noteIds} testId={`analysis-${attribute}-${g.value}`}>
              <span className="analysis-label">{names[attribute][g.value]}</span>
              <Bar value={g.noteIds.length} max={max} />
              <span className="analysis-figure">{g.noteIds.length}</span>
            </SelectButton>
          </li>
        ))}
        <li>
          <SelectButton ids={result.unset} testId={`analysis-${attribute}-unset`}>
            <span className="analysis-label">{t('persona:analysis.unclassified')}</span>
            <Bar value={result.unset.length} max={max} />
            <span className="analysis-figure">{result.unset.length}</span>
          </SelectButton>
        </li>
      </ul>
    </section>
  );
}

function KpiSection({ a }: { a: JourneyAnalysis }) {
  const { t } = useTranslation();
  const k = a.kpis;
  const all = k.missed.length + k.met.length + k.unknown.length;
  return (
    <section data-testid="analysis-kpis">
      <h3>{t('persona:analysis.kpis.heading')}</h3>
      {all === 0 ? (
        <p className="method-note">{t('persona:analysis.kpis.none')}</p>
      ) : (
        <>
          <SelectButton ids={k.missed.map((r) => r.noteId)} testId="analysis-kpis-missed" className={k.missed.length ? 'is-warning' : 'is-good'}>
            {t('persona:analysis.kpis.missed', { count: k.missed.length })}
          </SelectButton>
          <ul className="analysis-list">
            {k.missed.map((r) => (
              <li key={r.noteId}>
                <SelectButton ids={[r.noteId]}>
                  <span className="analysis-label">{r.text || t('persona:analysis.emptyNote')}</span>
                </SelectButton>
              </li>
            ))}
          </ul>
          <SelectButton ids={k.met.map((r) => r.noteId)} testId="analysis-kpis-met">
            {t('persona:analysis.kpis.met', { count: k.met.length })}
          </SelectButton>
          {k.unknown.length > 0 && (
            <SelectButton ids={k.unknown.map((r) => r.noteId)}>{t('persona:analysis.kpis.unknown', { count: k.unknown.length })}</SelectButton>
          )}
        </>
      )}
    </section>
  );
}

export function AnalysisPanel() {
  const doc = useBoard((s) => s.doc);
  const analysis = useMemo(() => (doc ? analyseJourney(doc) : null), [doc]);
  if (!analysis) return null;
  return (
    <div className="method-panel analysis-panel" data-testid="analysis-panel">
      <TouchpointSection a={analysis} />
      <ExperienceSection a={analysis} />
      <PainSection a={analysis} />
      <RatingSection a={analysis} />
      <AttributeSection a={analysis} attribute="ownership" />
      <AttributeSection a={analysis} attribute="directness" />
      <KpiSection a={analysis} />
    </div>
  );
}
