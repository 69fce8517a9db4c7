/**
 * "New journey": pick a starting board (the method's phase presets, the online shop after
 * checkout, or an example workshop), name it, and choose the workshop's language, in which
 * phase and lane titles are written (independent of the app's UI language).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LIMITS, type Language } from '../../shared/model';
import { Dialog } from '../app/Dialog';
import { TEMPLATE_CHOICES, type TemplateChoiceId } from './templateChoices';
import { renderThumbnail } from './thumbnail';

export function NewJourneyDialog(props: {
  onCreate(choice: TemplateChoiceId, options: { language: Language; title?: string }): Promise<void>;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<TemplateChoiceId>('threePhases');
  const [language, setLanguage] = useState<Language>(i18n.language === 'de' ? 'de' : 'en');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const selected = TEMPLATE_CHOICES.find((c) => c.id === choice)!;
  const previews = useMemo(
    () => new Map(TEMPLATE_CHOICES.map((c) => [c.id, renderThumbnail(c.create({ language: c.language ?? language }))])),
    [language],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await props.onCreate(choice, { language: selected.language ?? language, ...(title.trim() ? { title: title.trim() } : {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('library:new.title')} onClose={props.onClose} className="new-journey-dialog" testId="new-journey-dialog">
      <form onSubmit={submit} className="new-journey-form">
        <fieldset className="template-choices">
          <legend>{t('library:new.startFrom')}</legend>
          {(['template', 'example'] as const).map((kind) => (
            <div key={kind} className="template-group" role="radiogroup" aria-label={t(kind === 'template' ? 'library:new.templates' : 'library:new.examples')}>
              <h3>{t(kind === 'template' ? 'library:new.templates' : 'library:new.examples')}</h3>
              <div className="template-grid">
                {TEMPLATE_CHOICES.filter((c) => c.kind === kind).map((c) => {
                  const preview = previews.get(c.id);
                  return (
                    <label key={c.id} className="template-option" data-checked={c.id === choice || undefined}>
                      <input type="radio" name="template" value={c.id} checked={c.id === choice} onChange={() => setChoice(c.id)} />
                      {preview && <img src={preview} alt="" />}
                      <span className="template-name">{t(`library:templates.${c.id}.name`)}</span>
                      <span className="template-description">{t(`library:templates.${c.id}.description`)}</span>
                    </label>
                  );
                })}
              </div>
            </div>
          ))}
        </fieldset>
        <div className="new-journey-fields">
          <label className="field">
            <span>{t('library:new.name')}</span>
            <input
              value={title}
              maxLength={LIMITS.titleLength}
              placeholder={t('library:new.namePlaceholder')}
              onChange={(e) => setTitle(e.target.value)}
              data-testid="new-journey-title"
            />
          </label>
          <label className="field">
            <span>{t('library:new.language')}</span>
            <select
              value={selected.language ?? language}
              disabled={selected.language !== null}
              onChange={(e) => setLanguage(e.target.value as Language)}
              data-testid="new-journey-language"
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`common:language.${l}`)}
                </option>
              ))}
            </select>
            {selected.language !== null && <small>{t('library:new.exampleLanguage')}</small>}
          </label>
        </div>
        <div className="dialog-footer">
          <button type="button" className="button" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="new-journey-create">
            {t('library:new.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
