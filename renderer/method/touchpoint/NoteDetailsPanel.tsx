/**
 * The inspector for the selected notes: a touchpoint's classification (DOMAIN.md's table), a
 * KPI's target, actual and owner, an emotion's score and curve. Several selected notes are
 * edited together; a value they don't share shows as mixed.
 */
import { useTranslation } from 'react-i18next';
import { CATEGORICAL_ATTRIBUTES, RATING_VALUES, attributeValues } from '../../../shared/analysis/attributeGroups';
import { EMOTION_SCORES, curveOf, setEmotionScores, type EmotionScore } from '../../../shared/analysis/emotionCurve';
import { assessKpi } from '../../../shared/analysis/kpiStatus';
import type { Note } from '../../../shared/model';
import { boardStore, useBoard } from '../../store/store';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { CommitInput } from '../fields/CommitInput';
import { patchNotes, setKpiFields, setTouchpointAttributes } from '../journeyEdits';
import { attributeName, signedScore, valueNames } from './attributeLabels';

/** The one value all notes share, 'mixed' when they differ. */
function shared<T>(notes: readonly Note[], read: (n: Note) => T | undefined): T | undefined | 'mixed' {
  const first = read(notes[0]!);
  return notes.every((n) => read(n) === first) ? first : 'mixed';
}

function TouchpointSection({ notes }: { notes: Note[] }) {
  const { t } = useTranslation();
  const names = valueNames(t);
  const ids = notes.map((n) => n.id);
  return (
    <section data-testid="touchpoint-inspector">
      <h3>{t('persona:details.touchpoints', { count: notes.length })}</h3>
      {CATEGORICAL_ATTRIBUTES.map((attribute) => (
        <ChoiceGroup
          key={attribute}
          label={attributeName(t, attribute)}
          testId={`attribute-${attribute}`}
          unsetLabel={t('persona:details.unset')}
          value={shared(notes, (n) => n.touchpoint?.[attribute] as string | undefined)}
          choices={attributeValues(attribute).map((v) => ({ value: String(v), label: names[attribute][String(v)] ?? String(v) }))}
          onChange={(value) => setTouchpointAttributes(boardStore, ids, { [attribute]: value })}
        />
      ))}
      {(['companyRating', 'customerRating'] as const).map((attribute) => (
        <ChoiceGroup<number>
          key={attribute}
          label={attributeName(t, attribute)}
          testId={`attribute-${attribute}`}
          unsetLabel={t('persona:details.unset')}
          value={shared(notes, (n) => n.touchpoint?.[attribute])}
          choices={RATING_VALUES.map((v) => ({ value: v, label: signedScore(v) }))}
          onChange={(value) => setTouchpointAttributes(boardStore, ids, { [attribute]: value })}
        />
      ))}
    </section>
  );
}

function KpiSection({ notes }: { notes: Note[] }) {
  const { t } = useTranslation();
  const ids = notes.map((n) => n.id);
  const text = (field: 'target' | 'actual' | 'owner') => {
    const v = shared(notes, (n) => n.kpi?.[field]);
    return v === 'mixed' || v === undefined ? '' : v;
  };
  const mixed = (field: 'target' | 'actual' | 'owner') => shared(notes, (n) => n.kpi?.[field]) === 'mixed';
  const direction = shared(notes, (n) => (n.kpi?.higherIsBetter === undefined ? undefined : n.kpi.higherIsBetter ? 'higher' : 'lower'));
  const verdicts = new Set(notes.map((n) => assessKpi(n.kpi, n.text).verdict));
  const verdict = verdicts.size === 1 ? [...verdicts][0] : null;
  const labels = { target: t('persona:details.kpiTarget'), actual: t('persona:details.kpiActual'), owner: t('persona:details.kpiOwner') };
  return (
    <section data-testid="kpi-inspector">
      <h3>{t('persona:details.kpis', { count: notes.length })}</h3>
      {(['target', 'actual', 'owner'] as const).map((field) => (
        <label className="method-field" key={field}>
          <span>{labels[field]}</span>
          <CommitInput
            value={text(field)}
            maxLength={200}
            placeholder={mixed(field) ? t('persona:details.mixed') : undefined}
            data-testid={`kpi-${field}`}
            onCommit={(value) => setKpiFields(boardStore, ids, { [field]: value.trim() === '' ? undefined : value.trim() })}
          />
        </label>
      ))}
      <ChoiceGroup
        label={t('persona:details.kpiDirection')}
        testId="kpi-direction"
        unsetLabel={t('persona:details.kpiDirectionAuto')}
        value={direction}
        choices={[
          { value: 'higher', label: t('persona:details.kpiHigher') },
          { value: 'lower', label: t('persona:details.kpiLower') },
        ]}
        onChange={(value) => setKpiFields(boardStore, ids, { higherIsBetter: value === undefined ? undefined : value === 'higher' })}
      />
      <p className={`method-kpi-verdict is-${verdict ?? 'mixed'}`} data-testid="kpi-verdict" role="status">
        {verdict === 'missed' && t('persona:details.kpiMissed')}
        {verdict === 'met' && t('persona:details.kpiMet')}
        {verdict === 'unknown' && t('persona:details.kpiUnknown')}
        {verdict === null && t('persona:details.mixed')}
      </p>
    </section>
  );
}

function EmotionSection({ notes }: { notes: Note[] }) {
  const { t } = useTranslation();
  const ids = notes.map((n) => n.id);
  const scoreNames: Record<EmotionScore, string> = {
    [-2]: t('persona:details.score.veryNegative'),
    [-1]: t('persona:details.score.negative'),
    0: t('persona:details.score.neutral'),
    1: t('persona:details.score.positive'),
    2: t('persona:details.score.veryPositive'),
  };
  return (
    <section data-testid="emotion-inspector">
      <h3>{t('persona:details.emotions', { count: notes.length })}</h3>
      <ChoiceGroup<number>
        label={t('persona:details.score.label')}
        testId="emotion-score"
        value={shared(notes, (n) => n.emotion ?? 0)}
        choices={EMOTION_SCORES.map((v) => ({ value: v, label: signedScore(v), title: `${signedScore(v)} ${scoreNames[v]}` }))}
        onChange={(value) => value !== undefined && boardStore.getState().changeDoc((doc) => setEmotionScores(doc, ids, value as EmotionScore))}
      />
      <ChoiceGroup
        label={t('persona:details.curve.label')}
        testId="emotion-curve"
        value={shared(notes, curveOf)}
        choices={[
          { value: 'current', label: t('persona:details.curve.current') },
          { value: 'target', label: t('persona:details.curve.target') },
        ]}
        onChange={(value) => patchNotes(boardStore, ids, { curve: value === 'target' ? 'target' : undefined })}
      />
    </section>
  );
}

export function NoteDetailsPanel() {
  const { t } = useTranslation();
  const notes = useBoard((s) => s.doc?.notes);
  const selected = useBoard((s) => s.selectedNoteIds);
  const chosen = notes ? [...selected].flatMap((id) => (notes[id] ? [notes[id]] : [])) : [];
  const touchpoints = chosen.filter((n) => n.kind === 'touchpoint');
  const kpis = chosen.filter((n) => n.kind === 'kpi');
  const emotions = chosen.filter((n) => n.kind === 'emotion');
  return (
    <div className="method-panel details-panel" data-testid="details-panel">
      {touchpoints.length > 0 && <TouchpointSection notes={touchpoints} />}
      {kpis.length > 0 && <KpiSection notes={kpis} />}
      {emotions.length > 0 && <EmotionSection notes={emotions} />}
      {touchpoints.length + kpis.length + emotions.length === 0 && <p className="method-note">{t('persona:details.nothingSelected')}</p>}
    </div>
  );
}
