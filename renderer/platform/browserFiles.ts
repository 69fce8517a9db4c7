/**
 * File access in a plain browser: the File System Access API where the browser has it
 * (Chromium), else an `<input type=file>` to open and a download to save. Nothing here sees a
 * path; handles stay in this module behind tokens, like paths stay in Electron's main.
 */
import { MAX_JOURNEY_FILE_BYTES, type OpenedFile, type SaveResult } from '../../shared/ipc/channels';

export interface PickerFileType {
  description: string;
  accept: Record<string, string[]>;
}

/** The parts of the File System Access API we use (not yet in TypeScript's DOM library). */
export interface FileAccessApi {
  showOpenFilePicker?: (options: { types: PickerFileType[]; multiple: false; excludeAcceptAllOption?: boolean }) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: { suggestedName: string; types: PickerFileType[] }) => Promise<FileSystemFileHandle>;
}

export interface BrowserEnv extends FileAccessApi {
  document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  randomToken(): string;
}

export const JOURNEY_FILE_TYPES: PickerFileType[] = [
  { description: 'Journeyboard journey', accept: { 'application/json': ['.json'] } },
];

/** A user closing a picker is not an error (RELIABILITY.md: a cancelled dialog is a no-op). */
export function isAbort(error: unknown): boolean {
  return error instanceof Error ? error.name === 'AbortError' : (error as { name?: string })?.name === 'AbortError';
}

/** Reads a picked file, refusing an oversize one before reading it. */
export async function readPickedFile(file: File, fileToken: string): Promise<OpenedFile> {
  if (file.size > MAX_JOURNEY_FILE_BYTES) return { canceled: false, ok: false, name: file.name, error: 'tooLarge' };
  try {
    const data = new Uint8Array(await file.arrayBuffer());
    return { canceled: false, ok: true, fileToken, name: file.name, data };
  } catch {
    return { canceled: false, ok: false, name: file.name, error: 'unreadable' };
  }
}

/** Opens the browser's file chooser through a detached `<input type=file>`. */
export function pickWithInput(doc: Document, accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Offers bytes as a download named `name`. The browser asks where (or uses its folder). */
export function download(env: BrowserEnv, name: string, blob: Blob): void {
  const url = env.createObjectURL(blob);
  const link = env.document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => env.revokeObjectURL(url), 60_000);
}

/** Writes through a file handle. Chromium writes to a swap file and moves it on close, so an
 * aborted write leaves the old file as it was. */
export async function writeToHandle(handle: FileSystemFileHandle, blob: Blob): Promise<SaveResult> {
  let writable: FileSystemWritableFileStream | null = null;
  try {
    writable = await handle.createWritable();
    await writable.write(blob);
    await writable.close();
    return { canceled: false, ok: true, fileToken: '', name: handle.name };
  } catch (error) {
    await writable?.abort().catch(() => undefined);
    if (isAbort(error)) return { canceled: true };
    const name = (error as { name?: string })?.name;
    if (name === 'NotAllowedError' || name === 'NoModificationAllowedError') return { canceled: false, ok: false, error: 'readOnly' };
    if (name === 'QuotaExceededError') return { canceled: false, ok: false, error: 'diskFull' };
    return { canceled: false, ok: false, error: 'failed' };
  }
}
