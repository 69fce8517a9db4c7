/**
 * Journey files handed to the app by the OS: on the command line of the first instance, in the
 * argv of a second instance (Windows, Linux: double-click while the app runs), or through
 * macOS's `open-file` event. Only `.journey.json` arguments count; flags and Electron's own
 * arguments are ignored.
 */
import { isAbsolute, resolve } from 'node:path';
import { isJourneyFileName } from '../../../shared/ipc/fileNames';

export function journeyFileArgs(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1) // the executable
    .filter((arg) => !arg.startsWith('-') && isJourneyFileName(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}
