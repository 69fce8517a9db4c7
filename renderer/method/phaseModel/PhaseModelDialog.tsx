/**
 * Switching the board to another phase model (3 phases, the 5-phase funnel, the 5-phase B2B
 * model): pick the model, see which notes land in which new phase, then apply it as one undo
 * step. The new phase titles are in the board's language.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planPhaseSwitch } from '../../../shared/analysis/phaseModelSwitch';
import { boardLanguage } from '../../../shared/catalogue';
import { phasesFor, type Language } from '../../../shared/model';
import { commitDoc } from '../../actions/commit';
import { boardStore, useBoard } from '../../store/store';
import { methodView, useMethodView } from '../methodView';

const MODELS = ['threePhases', 'funnel', 'b2b'] as const;
type Model = (typeof MODELS)[number];

function PhaseModelForm({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const doc = useBoard((s) => s.doc)!;
  const [model, setModel] = useState<Model>(doc.phases.length === 3 ? 'funnel' : 'threePhases');
  const [language, setLanguage] = useState<Language>(() => boardLanguage(doc, i18n.language === 'de' ? 'de' : 'en'));
  // Fresh phase ids once per choice, so the preview and the applied result are the same plan.
  const plan = useMemo(() => planPhaseSwitch(doc, phasesFor(model, language)), [doc, model, language]);
  const oldTitle = new Map(doc.phases.map((p) => [p.id, p.title || t('persona:analysis.untitledPhase')]));
  const unmoved = Object.values(doc.notes).filter((n) => n.phaseId === null).length;
  const modelNames: Record<Model, string> = {
    threePhases: t('persona:phaseModel.threePhases'),
    funnel: t('persona:phaseModel.funnel'),
    b2b: t('persona:phaseModel.b2b'),
  };

  return (
    <form
      method="dialog"
      onSubmit={(e) => {
        e.preventDefault();
        commitDoc(boardStore, () => plan.doc);
        onClose();
      }}
    >
      <h2 id="phase-model-heading">{t('persona:phaseModel.heading')}</h2>
      <fieldset className="method-radio-list">
        <legend>{t('persona:phaseModel.model')}</legend>
        {MODELS.map((m) => (
          <label key={m}>
            <input type="radio" name="model" value={m} checked={model === m} onChange={() => setModel(m)} data-testid={`phase-model-${m}`} />
            {modelNames[m]}
          </label>
        ))}
      </fieldset>
      <label className="method-field method-inline">
        <span>{t('persona:phaseModel.language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="phase-model-language">
          <option value="en">{t('persona:catalogue.english')}</option>
          <option value="de">{t('persona:catalogue.german')}</option>
        </select>
      </label>
      <h3>{t('persona:phaseModel.preview')}</h3>
      <table className="phase-model-preview" data-testid="phase-model-preview">
        <thead>
          <tr>
            <th scope="col">{t('persona:phaseModel.newPhase')}</th>
            <th scope="col">{t('persona:phaseModel.from')}</th>
            <th scope="col">{t('persona:phaseModel.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.targets.map((target) => (
            <tr key={target.phase.id} data-testid="phase-model-row">
              <th scope="row">{target.phase.title}</th>
              <td>{target.fromPhaseIds.map((id) => oldTitle.get(id)).join(', ') || '–'}</td>
              <td>{target.noteIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="method-note">{t('persona:phaseModel.explain')}</p>
      {unmoved > 0 && <p className="method-note">{t('persona:phaseModel.freeNotes', { count: unmoved })}</p>}
      <div className="method-dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('persona:phaseModel.cancel')}
        </button>
        <button type="submit" className="is-primary" data-testid="phase-model-apply">
          {t('persona:phaseModel.apply')}
        </button>
      </div>
    </form>
  );
}

export function PhaseModelDialog() {
  const open = useMethodView((s) => s.dialog === 'phaseModel');
  const hasDoc = useBoard((s) => s.doc !== null);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && hasDoc && !dialog.open) dialog.showModal();
    if ((!open || !hasDoc) && dialog.open) dialog.close();
  }, [open, hasDoc]);
  const close = () => methodView.getState().openDialog(null);
  return (
    <dialog ref={ref} className="method-dialog" aria-labelledby="phase-model-heading" onClose={close} data-testid="phase-model-dialog">
      {open && hasDoc && <PhaseModelForm onClose={close} />}
    </dialog>
  );
}
