/** Progress, cancel and failures of a running export. */
export type ExportFailureCode = 'tooLarge' | 'nothing' | 'failed' | 'saveFailed';

export class ExportFailure extends Error {
  constructor(
    readonly code: ExportFailureCode,
    readonly params: Record<string, number | string> = {},
  ) {
    super(code);
    this.name = 'ExportFailure';
  }
}

export class ExportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ExportCancelled';
  }
}

export interface ExportRun {
  /** 0..1 of the whole job. */
  progress(fraction: number): void;
  /** Gives the browser a moment (paint the progress, take a click on Cancel) and stops if cancelled. */
  checkpoint(): Promise<void>;
}

export function createRun(options: { signal: AbortSignal; onProgress(fraction: number): void }): ExportRun {
  let last = 0;
  return {
    progress(fraction) {
      options.onProgress(Math.min(1, Math.max(0, fraction)));
    },
    async checkpoint() {
      // Yield at most every 30 ms: often enough for a smooth bar, rarely enough to cost nothing.
      const now = performance.now();
      if (now - last > 30) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        last = performance.now();
      }
      if (options.signal.aborted) throw new ExportCancelled();
    },
  };
}

/** A part of a longer job (the pack): maps its 0..1 into [from, to] of the whole. */
export function subRun(run: ExportRun, from: number, to: number): ExportRun {
  return {
    progress: (f) => run.progress(from + (to - from) * Math.min(1, Math.max(0, f))),
    checkpoint: () => run.checkpoint(),
  };
}
