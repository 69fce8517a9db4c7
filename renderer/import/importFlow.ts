/**
 * The import as the user lives it: pick or drop a file, see what is wrong or what was repaired,
 * choose copy or replace when the journey is already in the library. The file itself goes
 * through the pure pipeline in shared/format; this adds reading, storing (one transaction, via
 * the storage helper's repository) and opening.
 *
 * State lives in a small vanilla store so the UI, the menu and drag and drop share one flow.
 */
import { createStore } from 'zustand';
import { checkImportSize, importError, importJourneyBytes, type ImportResult, type Repair } from '../../shared/format';
import { LIMITS, type Id, type Journey } from '../../shared/model';
import type { ImportProblem } from './importMessages';

export interface ImportSource {
  name: string;
  /** Known before reading (File.size); null when the shell already read the bytes. */
  size: number | null;
  read(): Promise<Uint8Array>;
  /** The desktop's token for the opened file, so that File > Save can write back to it. */
  fileToken?: string;
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; problem: ImportProblem }
  | { step: 'conflict'; fileName: string; journey: Journey; repairs: Repair[]; existingTitle: string; fileToken?: string }
  | { step: 'storing'; fileName: string }
  | { step: 'done'; fileName: string; journeyId: Id; title: string; repairs: Repair[]; replacedTitle?: string };

/** What the flow needs from the rest of the app; tests pass fakes or a fake-indexeddb database. */
export interface ImportDeps {
  existingTitle(id: Id): Promise<string | null>;
  create(journey: Journey): Promise<void>;
  /**
   * Replaces the stored journey in one transaction; the replaced version goes to the trash and
   * its title there is returned. While it runs, the journey stays open and autosaving where it
   * is open, so a failure leaves everything as it was.
   */
  replace(journey: Journey): Promise<{ replacedTitle: string }>;
  open(id: Id): Promise<void>;
  /** Links the journey to the journey file it came from (File > Save writes back to it). */
  rememberFile(journeyId: Id, file: { fileToken: string; name: string }): void;
  newId(): string;
  copyTitle(title: string): string;
}

export type ImportStore = ReturnType<typeof createImportStore>;

export function createImportStore(deps: () => ImportDeps) {
  return createStore<ImportState & {
    importFile(source: ImportSource): Promise<void>;
    resolveConflict(choice: 'copy' | 'replace' | 'cancel'): Promise<void>;
    /** A file the shell could not hand over (too large, unreadable): shown like any other failure. */
    report(fileName: string, problem: ImportProblem): void;
    dismiss(): void;
  }>()((set, get) => {
    const fail = (fileName: string, problem: ImportProblem) => set({ step: 'failed', fileName, problem } as ImportState);

    async function store(
      fileName: string,
      journey: Journey,
      repairs: Repair[],
      mode: 'create' | 'replace',
      fileToken: string | undefined,
    ) {
      set({ step: 'storing', fileName } as ImportState);
      const d = deps();
      let replacedTitle: string | undefined;
      try {
        if (mode === 'replace') replacedTitle = (await d.replace(journey)).replacedTitle;
        else await d.create(journey);
      } catch {
        fail(fileName, { code: 'storage', params: {} });
        return;
      }
      // Only a journey file opened as itself is linked: a PNG or a copy must not be overwritten by Save.
      if (fileToken && /\.json$/i.test(fileName)) d.rememberFile(journey.id, { fileToken, name: fileName });
      set({ step: 'done', fileName, journeyId: journey.id, title: journey.title, repairs, replacedTitle } as ImportState);
      await d.open(journey.id);
    }

    return {
      step: 'idle',
      async importFile(source) {
        const busy = get().step;
        if (busy === 'reading' || busy === 'storing') return;
        set({ step: 'reading', fileName: source.name } as ImportState);
        const kind = /\.png$/i.test(source.name) ? 'png' : 'json';
        const sizeProblem = source.size === null ? null : checkImportSize(source.size, kind);
        if (sizeProblem) return fail(source.name, sizeProblem);
        let bytes: Uint8Array;
        try {
          bytes = await source.read();
        } catch {
          return fail(source.name, importError('unreadable'));
        }
        const result: ImportResult = importJourneyBytes(bytes);
        if (!result.ok) return fail(source.name, result.error);
        let existing: string | null;
        try {
          existing = await deps().existingTitle(result.journey.id);
        } catch {
          return fail(source.name, { code: 'storage', params: {} });
        }
        if (existing !== null) {
          set({
            step: 'conflict',
            fileName: source.name,
            journey: result.journey,
            repairs: result.repairs,
            existingTitle: existing,
            fileToken: source.fileToken,
          } as ImportState);
          return;
        }
        await store(source.name, result.journey, result.repairs, 'create', source.fileToken);
      },
      async resolveConflict(choice) {
        const state = get();
        if (state.step !== 'conflict') return;
        if (choice === 'cancel') {
          set({ step: 'idle' } as ImportState);
          return;
        }
        const d = deps();
        const journey =
          choice === 'copy'
            ? { ...state.journey, id: d.newId(), title: d.copyTitle(state.journey.title).slice(0, LIMITS.titleLength) }
            : state.journey;
        const copy = choice === 'copy';
        await store(state.fileName, journey, state.repairs, copy ? 'create' : 'replace', copy ? undefined : state.fileToken);
      },
      report(fileName, problem) {
        fail(fileName, problem);
      },
      dismiss() {
        set({ step: 'idle' } as ImportState);
      },
    };
  });
}
