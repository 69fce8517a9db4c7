/**
 * The app's one open database. Opened once, on first use; every screen shares it so that
 * Dexie serialises their transactions on one connection.
 */
import { openAppDatabase, type AppDatabase } from './open';

let opening: Promise<AppDatabase> | null = null;

export function appDatabase(): Promise<AppDatabase> {
  opening ??= openAppDatabase().catch((error: unknown) => {
    opening = null; // let a later attempt try again (e.g. after the user freed space)
    throw error;
  });
  return opening;
}
