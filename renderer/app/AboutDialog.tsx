/**
 * About: the app's name and version, and the licences of the open-source packages shipped
 * inside it (collected from node_modules at build time by scripts/licences.mjs and loaded only
 * when this dialog opens). Reached from the desktop menu and from the header's Help menu.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { version } from '../../package.json';
import { Dialog } from './Dialog';

type Licences = (typeof import('virtual:licences'))['default'];

export function AboutDialog(props: { onClose(): void }) {
  const { t } = useTranslation();
  const [licences, setLicences] = useState<Licences | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    import('virtual:licences').then(
      (m) => live && setLicences(m.default),
      () => live && setLicences('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <Dialog
      title={t('actions:about.title')}
      onClose={props.onClose}
      className="about-dialog"
      testId="about-dialog"
      footer={
        <button type="button" className="button button-primary" onClick={props.onClose} autoFocus>
          {t('common:actions.close')}
        </button>
      }
    >
      <p className="about-name">
        <strong>{t('common:appName')}</strong> <span data-testid="about-version">{t('actions:about.version', { version })}</span>
      </p>
      <h3>{t('actions:about.licencesTitle')}</h3>
      {licences === null && <p>{t('actions:about.loading')}</p>}
      {licences === 'failed' && <p role="alert">{t('actions:about.unavailable')}</p>}
      {Array.isArray(licences) && (
        <>
          <p>{t('actions:about.licencesIntro')}</p>
          <ul className="about-licences" data-testid="about-licences">
            {licences.map((entry) => (
              <li key={`${entry.name}@${entry.version}`}>
                <details>
                  <summary>
                    {entry.name} {entry.version} · {entry.licence}
                  </summary>
                  <pre>{entry.text ?? t('actions:about.noText', { licence: entry.licence })}</pre>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
