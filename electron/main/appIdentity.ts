/**
 * The app's name, origin and user-data folder. They are fixed here, once, because IndexedDB is
 * keyed by origin and lives in the user-data folder: a changed scheme or host (electron#37702)
 * or a renamed product (electron#15245) would silently orphan every stored journey.
 */
import { join } from 'node:path';

export const APP_NAME = 'Journeyboard';
export const APP_SCHEME = 'app';
export const APP_HOST = 'journeyboard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;
export const PROJECTOR_URL = `${APP_URL}#projector`;
/** The folder under the OS's application-data folder; never derived from package.json. */
export const USER_DATA_FOLDER_NAME = 'Journeyboard';

export interface AppPaths {
  setName(name: string): void;
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
}

/** Must run before `ready`: the name and user-data path decide where IndexedDB is stored. */
export function fixAppIdentity(app: AppPaths): string {
  app.setName(APP_NAME);
  const userData = join(app.getPath('appData'), USER_DATA_FOLDER_NAME);
  app.setPath('userData', userData);
  return userData;
}
