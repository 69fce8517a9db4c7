/**
 * One participants' session: who joined, what the facilitator has open, the inbox, the ballots
 * and the ratings. It knows nothing of sockets: each phone is a `PhoneLink` that can be sent
 * a message or closed, so the rules here are tested without a network. Everything a phone
 * says has already passed `parsePhoneMessage`; ids a phone picks are only ever compared, never
 * used as journey ids, and the journey ids in votes come from what the facilitator put up.
 */
import { randomBytes } from 'node:crypto';
import type { FacilitatorCommand, InboxNote, SessionSnapshot } from '../../shared/participants/facilitatorMessages';
import { PARTICIPANT_LIMITS as L, SHORT_CODE_TTL_MS } from '../../shared/participants/limits';
import type { PhoneMessage, Refusal, ServiceMessage } from '../../shared/participants/phoneMessages';
import { RateLimiter, type RateLimit } from './rateLimit';
import { newShortCode, newToken, sameSecret } from './secrets';

export interface PhoneLink {
  send(message: ServiceMessage): void;
  close(): void;
  readonly address: string;
}

export type JoinedVia = 'link' | 'code';

interface Participant {
  id: string;
  key: string;
  name: string;
  via: JoinedVia;
  admitted: boolean;
  link: PhoneLink | null;
  clientIds: Set<string>;
}

interface Writing {
  mode: 'inbox' | 'board';
  phaseId: string;
  phaseTitle: string;
  laneId: string | null;
  laneTitle: string | null;
  lanes: { id: string; title: string }[] | null;
}

interface Vote {
  round: string;
  notes: { id: string; text: string }[];
  dots: number;
  maxPerNote: number | null;
  ballots: Map<string, Map<number, number>>;
}

interface Rating {
  round: string;
  phaseId: string;
  phaseTitle: string;
  scores: Map<string, number>;
}

export interface SessionOptions {
  anonymousAllowed: boolean;
  now?: () => number;
  /** Messages per participant (notes, votes, ratings, pings). */
  participantRate?: RateLimit;
}

/** What a phone connection does with the session once it is open. */
export interface PhoneSessionHandle {
  message(message: PhoneMessage): void;
  closed(): void;
}

const short = () => randomBytes(6).toString('base64url');

export class ParticipantsSession {
  readonly token = newToken();
  code = newShortCode();
  codeExpiresAt: number;
  anonymousAllowed: boolean;
  private readonly pastCodes = new Set<string>();
  private readonly participants = new Map<string, Participant>();
  private readonly byKey = new Map<string, Participant>();
  private inbox: InboxNote[] = [];
  private notesArrived = 0;
  private noteCounter = 0;
  private writing: Writing | null = null;
  private vote: Vote | null = null;
  private rating: Rating | null = null;
  private readonly now: () => number;
  private readonly limiter: RateLimiter;
  private changeListener: () => void = () => {};

  constructor(options: SessionOptions) {
    this.now = options.now ?? Date.now;
    this.anonymousAllowed = options.anonymousAllowed;
    this.codeExpiresAt = this.now() + SHORT_CODE_TTL_MS;
    this.limiter = new RateLimiter(options.participantRate ?? { burst: 30, perSecond: 10 }, this.now);
  }

  onChange(listener: () => void): void {
    this.changeListener = listener;
  }

  private changed(): void {
    this.changeListener();
  }

  // ------------------------------------------------------------- admission

  isToken(candidate: string): boolean {
    return sameSecret(candidate, this.token);
  }

  /** A code is good while it is shown; an expired one only lets a joined phone come back. */
  codeState(candidate: string): 'valid' | 'expired' | 'unknown' {
    if (sameSecret(candidate, this.code)) return this.now() < this.codeExpiresAt ? 'valid' : 'expired';
    return this.pastCodes.has(candidate) ? 'expired' : 'unknown';
  }

  hasParticipantKey(key: string): boolean {
    return this.byKey.has(key);
  }

  renewCode(): void {
    this.pastCodes.add(this.code);
    this.code = newShortCode();
    this.codeExpiresAt = this.now() + SHORT_CODE_TTL_MS;
    this.changed();
  }

  /** A phone connected (through the link or a code); it must send `join` next. */
  connect(link: PhoneLink, via: JoinedVia): PhoneSessionHandle {
    link.send({ type: 'hello', anonymousAllowed: this.anonymousAllowed });
    let participant: Participant | null = null;
    return {
      message: (message) => {
        if (message.type === 'ping') {
          link.send({ type: 'pong' });
          return;
        }
        if (message.type === 'join') {
          participant = this.join(link, via, message, participant);
          return;
        }
        if (!participant || participant.link !== link) return refuse(link, 'notJoined');
        if (!participant.admitted) return refuse(link, 'waiting');
        if (!this.limiter.take(participant.id)) return refuse(link, 'rateLimited', message.type === 'note' ? message.id : undefined);
        if (message.type === 'note') this.receiveNote(participant, message);
        else if (message.type === 'votes') this.receiveVotes(participant, message);
        else this.receiveRating(participant, message);
      },
      closed: () => {
        if (participant && participant.link === link) {
          participant.link = null;
          this.changed();
        }
      },
    };
  }

  private join(link: PhoneLink, via: JoinedVia, message: Extract<PhoneMessage, { type: 'join' }>, current: Participant | null): Participant | null {
    if (current) {
      // A second join on the same connection: only a new name, nothing else.
      if (message.name) current.name = message.name;
      link.send({ type: 'welcome', participantKey: current.key, name: current.name, admitted: current.admitted });
      this.changed();
      return current;
    }
    const resumed = message.resume ? this.byKey.get(message.resume) : undefined;
    if (resumed) {
      // The same phone after a dropped connection: the old socket (if still half-open) goes.
      const old = resumed.link;
      resumed.link = link;
      if (old && old !== link) old.close();
      link.send({ type: 'welcome', participantKey: resumed.key, name: resumed.name, admitted: resumed.admitted });
      if (resumed.admitted) link.send(this.stateFor(resumed));
      this.changed();
      return resumed;
    }
    if (!message.name && !this.anonymousAllowed) {
      refuse(link, 'nameRequired');
      return null;
    }
    if (this.participants.size >= L.participants) {
      refuse(link, 'full');
      link.close();
      return null;
    }
    let id = short();
    while (this.participants.has(id)) id = short();
    const participant: Participant = {
      id,
      key: newToken(),
      name: message.name,
      via,
      admitted: via === 'link',
      link,
      clientIds: new Set(),
    };
    this.participants.set(id, participant);
    this.byKey.set(participant.key, participant);
    link.send({ type: 'welcome', participantKey: participant.key, name: participant.name, admitted: participant.admitted });
    if (participant.admitted) link.send(this.stateFor(participant));
    this.changed();
    return participant;
  }

  private receiveNote(p: Participant, message: Extract<PhoneMessage, { type: 'note' }>): void {
    // A resend of a note the laptop already has (the ack was lost): acknowledge it again.
    if (p.clientIds.has(message.id)) return p.link?.send({ type: 'ack', id: message.id });
    const writing = this.writing;
    if (!writing) return refuse(p.link, 'closed', message.id);
    if (p.clientIds.size >= L.notesPerParticipant || this.inbox.length >= L.inboxSize) return refuse(p.link, 'full', message.id);
    let laneId = writing.laneId;
    if (writing.lanes && message.laneRef !== undefined) {
      const lane = writing.lanes[message.laneRef];
      if (!lane) return refuse(p.link, 'invalid', message.id);
      laneId = lane.id;
    }
    p.clientIds.add(message.id);
    this.notesArrived++;
    this.inbox.push({
      key: `${p.id}-${++this.noteCounter}`,
      participantId: p.id,
      text: message.text,
      mode: writing.mode,
      phaseId: writing.phaseId,
      laneId,
      receivedAt: this.now(),
    });
    p.link?.send({ type: 'ack', id: message.id });
    this.changed();
  }

  private receiveVotes(p: Participant, message: Extract<PhoneMessage, { type: 'votes' }>): void {
    const vote = this.vote;
    if (!vote) return refuse(p.link, 'closed');
    if (message.round !== vote.round) return refuse(p.link, 'round');
    const ballot = new Map<number, number>();
    let spent = 0;
    for (const { ref, n } of message.dots) {
      if (ref >= vote.notes.length || ballot.has(ref)) return refuse(p.link, 'invalid');
      if (vote.maxPerNote !== null && n > vote.maxPerNote) return refuse(p.link, 'budget');
      ballot.set(ref, n);
      spent += n;
    }
    if (spent > vote.dots) return refuse(p.link, 'budget');
    vote.ballots.set(p.id, ballot);
    p.link?.send(this.stateFor(p));
    this.changed();
  }

  private receiveRating(p: Participant, message: Extract<PhoneMessage, { type: 'rate' }>): void {
    const rating = this.rating;
    if (!rating) return refuse(p.link, 'closed');
    if (message.round !== rating.round) return refuse(p.link, 'round');
    rating.scores.set(p.id, message.score);
    p.link?.send(this.stateFor(p));
    this.changed();
  }

  // ------------------------------------------------------------- the facilitator

  command(command: Exclude<FacilitatorCommand, { type: 'start' } | { type: 'stop' }>): void {
    switch (command.type) {
      case 'setAnonymous':
        this.anonymousAllowed = command.allowed;
        break;
      case 'renewCode':
        this.renewCode();
        return;
      case 'admit': {
        const p = this.participants.get(command.participantId);
        if (!p || p.admitted) return;
        p.admitted = true;
        p.link?.send({ type: 'welcome', participantKey: p.key, name: p.name, admitted: true });
        p.link?.send(this.stateFor(p));
        break;
      }
      case 'remove': {
        const p = this.participants.get(command.participantId);
        if (!p) return;
        this.participants.delete(p.id);
        this.byKey.delete(p.key);
        this.vote?.ballots.delete(p.id);
        this.rating?.scores.delete(p.id);
        p.link?.send({ type: 'removed' });
        p.link?.close();
        break;
      }
      case 'openWriting':
        this.writing = {
          mode: command.mode,
          phaseId: command.phaseId,
          phaseTitle: command.phaseTitle,
          laneId: command.laneId,
          laneTitle: command.laneTitle,
          lanes: command.lanes,
        };
        this.broadcastState();
        break;
      case 'closeWriting':
        this.writing = null;
        this.broadcastState();
        break;
      case 'resolveNotes': {
        const done = new Set(command.keys);
        this.inbox = this.inbox.filter((n) => !done.has(n.key));
        break;
      }
      case 'openVote':
        this.vote = { round: short(), notes: command.notes, dots: command.dots, maxPerNote: command.maxPerNote, ballots: new Map() };
        this.broadcastState();
        break;
      case 'closeVote':
        this.vote = null;
        this.broadcastState();
        break;
      case 'openRating':
        this.rating = { round: short(), phaseId: command.phaseId, phaseTitle: command.phaseTitle, scores: new Map() };
        this.broadcastState();
        break;
      case 'closeRating':
        this.rating = null;
        this.broadcastState();
        break;
    }
    this.changed();
  }

  /** Tells every phone the session is over and closes them. */
  end(): void {
    for (const p of this.participants.values()) {
      p.link?.send({ type: 'ended' });
      p.link?.close();
      p.link = null;
    }
  }

  private broadcastState(): void {
    for (const p of this.participants.values()) if (p.admitted && p.link) p.link.send(this.stateFor(p));
  }

  /** Only what the facilitator put up: no journey, no names of others, no other ballots. */
  private stateFor(p: Participant): ServiceMessage {
    const w = this.writing;
    const v = this.vote;
    const r = this.rating;
    const ballot = v?.ballots.get(p.id);
    return {
      type: 'state',
      writing: w
        ? { mode: w.mode, phaseTitle: w.phaseTitle, laneTitle: w.laneTitle, lanes: w.lanes ? w.lanes.map((l, ref) => ({ ref, title: l.title })) : null }
        : null,
      voting: v
        ? {
            round: v.round,
            dots: v.dots,
            maxPerNote: v.maxPerNote,
            notes: v.notes.map((n, ref) => ({ ref, text: n.text })),
            mine: ballot ? [...ballot].map(([ref, n]) => ({ ref, n })) : [],
          }
        : null,
      rating: r ? { round: r.round, phaseTitle: r.phaseTitle, mine: r.scores.get(p.id) ?? null } : null,
    };
  }

  snapshot(info: { joinUrl: string; address: string }): SessionSnapshot {
    const vote = this.vote;
    const tally: Record<string, number> = {};
    let votesCast = 0;
    if (vote) {
      for (const ballot of vote.ballots.values())
        for (const [ref, n] of ballot) {
          const id = vote.notes[ref]!.id;
          tally[id] = (tally[id] ?? 0) + n;
          votesCast += n;
        }
    }
    const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    for (const score of this.rating?.scores.values() ?? []) distribution[score + 2]!++;
    return {
      session: {
        joinUrl: info.joinUrl,
        address: info.address,
        code: this.code,
        codeExpiresAt: this.codeExpiresAt,
        anonymousAllowed: this.anonymousAllowed,
      },
      participants: [...this.participants.values()].map((p) => ({
        id: p.id,
        name: p.name,
        via: p.via,
        admitted: p.admitted,
        connected: p.link !== null,
        notes: p.clientIds.size,
        votes: [...(vote?.ballots.get(p.id)?.values() ?? [])].reduce((a, b) => a + b, 0),
        rated: this.rating?.scores.has(p.id) ?? false,
      })),
      inbox: this.inbox.slice(),
      writing: this.writing ? { mode: this.writing.mode, phaseId: this.writing.phaseId, laneId: this.writing.laneId, phaseTitle: this.writing.phaseTitle } : null,
      vote: vote ? { round: vote.round, noteIds: vote.notes.map((n) => n.id), dots: vote.dots, maxPerNote: vote.maxPerNote, tally, voters: vote.ballots.size } : null,
      rating: this.rating ? { round: this.rating.round, phaseId: this.rating.phaseId, phaseTitle: this.rating.phaseTitle, distribution } : null,
      counts: {
        joined: [...this.participants.values()].filter((p) => p.admitted).length,
        notesArrived: this.notesArrived,
        votesCast,
      },
      error: null,
    };
  }
}

function refuse(link: PhoneLink | null, reason: Refusal, id?: string): void {
  link?.send(id ? { type: 'refused', reason, id } : { type: 'refused', reason });
}
