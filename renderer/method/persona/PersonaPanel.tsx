/**
 * The persona side panel (DOMAIN.md steps 1 and 2): every persona field the method names,
 * the lists editable as lists, an optional picture, the backstory, and the persona library.
 * Each committed edit is one undo step.
 */
import { useTranslation } from 'react-i18next';
import { emptyPersona, type Persona } from '../../../shared/model';
import { boardStore, useBoard } from '../../store/store';
import { CommitInput, CommitTextArea } from '../fields/CommitInput';
import { ListField } from '../fields/ListField';
import { replacePersona, setBackstory, setPersona } from '../journeyEdits';
import { PersonaLibrary } from './PersonaLibrary';
import { PictureField } from './PictureField';

const LISTS = ['challenges', 'motivations', 'wishesAndHopes', 'fearsAndHurdles'] as const;
const TEXTS = ['education', 'jobTitle', 'income'] as const;

function parseAge(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() === '' || !Number.isInteger(n) || n < 0 || n > 150 ? null : n;
}

export function PersonaPanel() {
  const { t } = useTranslation();
  const persona = useBoard((s) => s.doc?.persona) ?? emptyPersona();
  const backstory = useBoard((s) => s.doc?.backstory ?? '');
  const edit = (patch: Partial<Persona>) => setPersona(boardStore, patch);

  const listLabels: Record<(typeof LISTS)[number], string> = {
    challenges: t('persona:persona.challenges'),
    motivations: t('persona:persona.motivations'),
    wishesAndHopes: t('persona:persona.wishesAndHopes'),
    fearsAndHurdles: t('persona:persona.fearsAndHurdles'),
  };
  const textLabels: Record<(typeof TEXTS)[number], string> = {
    education: t('persona:persona.education'),
    jobTitle: t('persona:persona.jobTitle'),
    income: t('persona:persona.income'),
  };

  return (
    <div className="method-panel persona-panel" data-testid="persona-panel">
      <PictureField picture={persona.picture} onChange={(picture) => edit({ picture })} />
      <label className="method-field">
        <span>{t('persona:persona.name')}</span>
        <CommitInput value={persona.name} maxLength={200} onCommit={(name) => edit({ name })} data-testid="persona-name" />
      </label>
      <label className="method-field">
        <span>{t('persona:persona.age')}</span>
        <CommitInput
          value={persona.age === null ? '' : String(persona.age)}
          inputMode="numeric"
          maxLength={3}
          onCommit={(text) => edit({ age: parseAge(text) })}
          data-testid="persona-age"
        />
      </label>
      {TEXTS.map((field) => (
        <label className="method-field" key={field}>
          <span>{textLabels[field]}</span>
          <CommitInput value={persona[field]} maxLength={500} onCommit={(value) => edit({ [field]: value })} data-testid={`persona-${field}`} />
        </label>
      ))}
      {LISTS.map((field) => (
        <ListField key={field} label={listLabels[field]} items={persona[field]} onChange={(items) => edit({ [field]: items })} testId={`persona-${field}`} />
      ))}
      <label className="method-field">
        <span>{t('persona:persona.backstory')}</span>
        <small className="method-note">{t('persona:persona.backstoryHint')}</small>
        <CommitTextArea value={backstory} rows={6} maxLength={10_000} onCommit={(text) => setBackstory(boardStore, text)} data-testid="persona-backstory" />
      </label>
      <PersonaLibrary persona={persona} onUse={(p) => replacePersona(boardStore, p)} />
    </div>
  );
}
