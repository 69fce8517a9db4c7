/**
 * The persona library: save this journey's persona for reuse, and bring a saved one into this
 * journey (one undo step). Stored in the app database (renderer/db/personas), across journeys.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../shared/model';
import { classifyStorageError, type StorageFailure } from '../../db/errors';
import { appDatabase } from '../../db/instance';
import { deleteLibraryPersona, listLibraryPersonas, saveLibraryPersona } from '../../db/personas';
import { useStoredList } from '../../ui/useStoredList';

export function PersonaLibrary(props: { persona: Persona; onUse(persona: Persona): void }) {
  const { t } = useTranslation();
  const list = useStoredList(listLibraryPersonas);
  const rows = list.value;
  const { reload } = list;
  const [actionFailure, setActionFailure] = useState<StorageFailure | null>(null);
  const failure = actionFailure ?? list.failure;
  const [saved, setSaved] = useState(false);

  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
        setActionFailure(null);
        await reload();
      } catch (error) {
        setActionFailure(classifyStorageError(error));
      }
    },
    [reload],
  );

  const failureText: Record<StorageFailure, string> = {
    quota: t('persona:library.failure.quota'),
    newerDatabase: t('persona:library.failure.newerDatabase'),
    unavailable: t('persona:library.failure.unavailable'),
    other: t('persona:library.failure.other'),
  };
  const canSave = props.persona.name.trim() !== '';

  return (
    <section className="persona-library" aria-labelledby="persona-library-heading" data-testid="persona-library">
      <h3 id="persona-library-heading">{t('persona:library.heading')}</h3>
      <button
        type="button"
        disabled={!canSave}
        title={canSave ? undefined : t('persona:library.needsName')}
        data-testid="persona-library-save"
        onClick={() =>
          void run(async () => {
            await saveLibraryPersona(await appDatabase(), props.persona);
            setSaved(true);
          })
        }
      >
        {t('persona:library.save')}
      </button>
      {saved && <p className="method-note" role="status">{t('persona:library.saved')}</p>}
      {failure && (
        <p role="alert" className="method-problem">
          {failureText[failure]}
        </p>
      )}
      {rows && rows.length === 0 && <p className="method-note">{t('persona:library.empty')}</p>}
      {rows && rows.length > 0 && (
        <ul className="persona-library-list">
          {rows.map((row) => (
            <li key={row.id} data-testid="persona-library-entry">
              {row.persona.picture ? <img src={row.persona.picture} alt="" /> : <span className="persona-library-thumb" aria-hidden="true" />}
              <span className="persona-library-name">
                {row.persona.name}
                {row.persona.jobTitle && <small>{row.persona.jobTitle}</small>}
              </span>
              <button type="button" onClick={() => props.onUse(row.persona)} aria-label={t('persona:library.useNamed', { name: row.persona.name })}>
                {t('persona:library.use')}
              </button>
              <button
                type="button"
                className="method-icon-button"
                aria-label={t('persona:library.deleteNamed', { name: row.persona.name })}
                onClick={() => void run(async () => deleteLibraryPersona(await appDatabase(), row.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
