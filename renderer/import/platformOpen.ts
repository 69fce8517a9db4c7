/**
 * Files reaching the import other than through the button: File > Open (native dialog on the
 * desktop, a file chooser in the browser), the OS and the command line, Open Recent.
 */
import { importError, MAX_FILE_BYTES } from '../../shared/format';
import { platform, type OpenedFile } from '../platform';
import { bytesSource, fileSource, importStore } from './appImport';

export const IMPORT_ACCEPT = '.json,.png,application/json,image/png';

export function importOpenedFile(file: OpenedFile): void {
  if (file.canceled) return; // a cancelled dialog is a no-op (RELIABILITY.md)
  const store = importStore.getState();
  if (file.ok) void store.importFile(bytesSource(file.name, file.data, file.fileToken));
  else store.report(file.name, file.error === 'tooLarge' ? importError('tooLarge', { limit: MAX_FILE_BYTES }) : importError('unreadable'));
}

async function openWithPlatformDialog(): Promise<void> {
  try {
    importOpenedFile(await platform.openJourneyFile());
  } catch {
    importOpenedFile({ canceled: false, ok: false, name: '', error: 'unreadable' });
  }
}

/** A detached file chooser that accepts journey PNGs too (the browser's own picker lists .json only). */
function pickInBrowser(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = IMPORT_ACCEPT;
  input.addEventListener(
    'change',
    () => {
      const file = input.files?.[0];
      if (file) void importStore.getState().importFile(fileSource(file));
    },
    { once: true },
  );
  input.click();
}

/** File > Open and its shortcut. */
export function requestOpenFile(): void {
  if (platform.kind === 'electron') void openWithPlatformDialog();
  else pickInBrowser();
}
