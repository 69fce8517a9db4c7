/**
 * Caps on everything a phone can send. A participant's phone is untrusted input from a shared
 * network (docs/participants.md): each limit keeps one device from exhausting the laptop's
 * memory, the facilitator's inbox or the board.
 */
export const PARTICIPANT_LIMITS = {
  /** One WebSocket frame from a phone; anything larger closes the connection. */
  messageBytes: 8 * 1024,
  nameLength: 40,
  noteLength: 500,
  /** Notes one participant may send in one session. */
  notesPerParticipant: 200,
  /** Notes waiting in the inbox before new ones are refused. */
  inboxSize: 2_000,
  participants: 200,
  /** Notes the facilitator may put up for one dot vote. */
  voteNotes: 60,
  dotsPerParticipant: 20,
  lanesToChoose: 50,
  /** Ids the phone picks for its notes (checked, never trusted as journey ids). */
  clientIdMin: 8,
  clientIdMax: 32,
} as const;

/** The short code typed on the phone: digits, easy on a phone's number pad. */
export const SHORT_CODE_DIGITS = 6;
/** A short code is accepted this long after it was shown; the facilitator can show a new one. */
export const SHORT_CODE_TTL_MS = 10 * 60_000;
/** Bytes of randomness in the link's token: 128 bits (the issue asks for at least 64). */
export const TOKEN_BYTES = 16;

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const CODE_PATTERN = /^[0-9]{6}$/;
export const PARTICIPANT_KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,32}$/;
