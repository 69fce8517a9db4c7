/**
 * What the phone keeps across a dropped connection or a reloaded page: the key to rejoin as
 * the same participant, the name, and the notes not yet acknowledged by the laptop. Kept per
 * session path (the token or the code is in it), so an old session's notes never leak into a
 * new one.
 */
import { CLIENT_ID_PATTERN, PARTICIPANT_KEY_PATTERN, PARTICIPANT_LIMITS } from '../../shared/participants/limits';

export interface OutboxNote {
  id: string;
  text: string;
  laneRef?: number;
}

export interface PhoneMemory {
  participantKey: string | null;
  name: string;
  outbox: OutboxNote[];
  sent: number;
}

const EMPTY: PhoneMemory = { participantKey: null, name: '', outbox: [], sent: 0 };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const keyFor = (path: string) => `journeyboard.phone:${path}`;

/** Reads the memory back, keeping only well-formed parts (the storage is the phone's own, but may be stale). */
export function loadMemory(path: string): PhoneMemory {
  try {
    const raw = storage()?.getItem(keyFor(path));
    if (!raw) return EMPTY;
    const value = JSON.parse(raw) as Partial<PhoneMemory>;
    const outbox = Array.isArray(value.outbox)
      ? value.outbox.filter(
          (n): n is OutboxNote =>
            typeof n?.id === 'string' && CLIENT_ID_PATTERN.test(n.id) && typeof n.text === 'string' && n.text.length <= PARTICIPANT_LIMITS.noteLength,
        )
      : [];
    return {
      participantKey: typeof value.participantKey === 'string' && PARTICIPANT_KEY_PATTERN.test(value.participantKey) ? value.participantKey : null,
      name: typeof value.name === 'string' ? value.name.slice(0, PARTICIPANT_LIMITS.nameLength) : '',
      outbox: outbox.slice(0, PARTICIPANT_LIMITS.notesPerParticipant),
      sent: typeof value.sent === 'number' && Number.isFinite(value.sent) ? value.sent : 0,
    };
  } catch {
    return EMPTY;
  }
}

export function saveMemory(path: string, memory: PhoneMemory): void {
  try {
    storage()?.setItem(keyFor(path), JSON.stringify(memory));
  } catch {
    // Storage full or disabled: the notes still go out while the connection holds.
  }
}

/** A note id chosen by the phone: random, so a resend is recognised and two phones never clash. */
export function newClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b & 63]).join('');
}
