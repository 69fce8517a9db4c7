/** The guiding questions of one phase as a card: in the popover beside the header and in presentation mode. */
import { useTranslation } from 'react-i18next';
import type { GuidingQuestions } from '../../../shared/catalogue';

export function QuestionsCard(props: { title: string; questions: GuidingQuestions; onClose?: () => void }) {
  const { t } = useTranslation();
  const { mapping, step, optimisation } = props.questions;
  return (
    <div className="questions-card" role="dialog" aria-label={t('persona:questions.for', { phase: props.title })} data-testid="questions-card">
      <header>
        <h3>{props.title}</h3>
        {props.onClose && (
          <button type="button" className="method-icon-button" aria-label={t('persona:questions.close')} onClick={props.onClose}>
            ×
          </button>
        )}
      </header>
      <h4>{t('persona:questions.mapping')}</h4>
      <ul>
        {[...mapping, ...step].map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <h4>{t('persona:questions.optimisation')}</h4>
      <ul>
        {optimisation.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </div>
  );
}
