/**
 * File > Save and Save As: the open journey as a `.journey.json` file, written by the platform
 * (an atomic write in Electron's main, the File System Access API or a download in a browser).
 * Save writes back to the file this journey was last saved to in this session; the first Save
 * asks where, like Save As. Autosave is flushed first, so the file and the library agree.
 */
import i18next from 'i18next';
import type { Id } from '../../shared/model';
import { platform, type SaveAnswer } from '../platform';
import { boardStore } from '../store/store';
import { fileNameFor } from './fileName';
import { flushActiveJourney, journeyFileText } from './journeySession';
import { showNotice } from './notices';

const savedTo = new Map<Id, { fileToken: string; name: string }>();

/** The file a journey was opened from or saved to, so that Save can write back to it. */
export function rememberJourneyFile(journeyId: Id, file: { fileToken: string; name: string }): void {
  savedTo.set(journeyId, file);
}

function report(result: SaveAnswer): void {
  if (result.canceled) return; // a cancelled dialog is a no-op
  if (result.ok) {
    showNotice({ tone: 'info', text: i18next.t('library:files.saved', { name: result.name }) });
    return;
  }
  if (result.error === 'downloadOffered') {
    // Stays until answered: the download needs the click on the notice's button.
    showNotice({
      tone: 'info',
      sticky: true,
      text: i18next.t('exports:save.offer', { name: result.name }),
      action: {
        label: i18next.t('exports:save.download'),
        run: () => {
          result.download();
          showNotice({ tone: 'info', text: i18next.t('exports:save.downloaded', { name: result.name }) });
        },
      },
    });
    return;
  }
  const text =
    result.error === 'readOnly'
      ? i18next.t('library:files.readOnly')
      : result.error === 'diskFull'
        ? i18next.t('library:files.diskFull')
        : result.error === 'tooLarge'
          ? i18next.t('library:files.tooLarge')
          : i18next.t('library:files.failed');
  showNotice({ tone: 'error', text });
}

export async function saveJourneyFile(options: { saveAs: boolean }): Promise<SaveAnswer | null> {
  const doc = boardStore.getState().doc;
  if (!doc) return null;
  // A failing autosave flush must not swallow the save: the file is written from the store.
  await flushActiveJourney().catch((error: unknown) => console.error('flush before save failed', error));
  const latest = boardStore.getState().doc ?? doc;
  const known = options.saveAs ? undefined : savedTo.get(latest.id);
  let result: SaveAnswer;
  try {
    result = await platform.saveJourneyFile({
      content: journeyFileText(latest),
      suggestedName: fileNameFor(latest.title, i18next.t('library:card.untitled')),
      ...(known ? { fileToken: known.fileToken } : {}),
    });
  } catch {
    result = { canceled: false, ok: false, error: 'failed' };
  }
  if (!result.canceled && result.ok && result.fileToken) rememberJourneyFile(latest.id, { fileToken: result.fileToken, name: result.name });
  report(result);
  return result;
}
