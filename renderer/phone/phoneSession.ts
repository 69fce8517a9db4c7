/**
 * The phone's side of the session: one WebSocket to the laptop that served the page,
 * reconnecting with a growing pause when Wi-Fi drops, rejoining as the same participant and
 * resending every note the laptop has not acknowledged. Everything the laptop says is checked
 * with the shared schemas before it is shown.
 */
import { createStore } from 'zustand/vanilla';
import type { RatingOffer, Refusal, VotingOffer, WritingOffer } from '../../shared/participants/phoneMessages';
import { ServiceMessageSchema } from '../../shared/participants/phoneMessages';
import { loadMemory, newClientId, saveMemory, type OutboxNote, type PhoneMemory } from './phoneStorage';

export type Stage = 'connecting' | 'join' | 'waiting' | 'in' | 'removed' | 'ended';

export interface PhoneState {
  stage: Stage;
  online: boolean;
  anonymousAllowed: boolean;
  name: string;
  writing: WritingOffer | null;
  voting: VotingOffer | null;
  rating: RatingOffer | null;
  outbox: OutboxNote[];
  sent: number;
  /** Notes the laptop would not take (writing closed, too many), with why. */
  undelivered: { note: OutboxNote; reason: Refusal }[];
  lastRefusal: Refusal | null;
}

export function createPhoneSession(location: { href: string; pathname: string }) {
  const path = location.pathname;
  let memory: PhoneMemory = loadMemory(path);
  const store = createStore<PhoneState>()(() => ({
    stage: 'connecting',
    online: false,
    anonymousAllowed: false,
    name: memory.name,
    writing: null,
    voting: null,
    rating: null,
    outbox: memory.outbox,
    sent: memory.sent,
    undelivered: [],
    lastRefusal: null,
  }));
  let ws: WebSocket | null = null;
  let retryMs = 500;
  let stopped = false;
  const inFlight = new Set<string>();

  const remember = (patch: Partial<PhoneMemory>) => {
    memory = { ...memory, ...patch };
    saveMemory(path, memory);
  };
  const setOutbox = (outbox: OutboxNote[]) => {
    remember({ outbox });
    store.setState({ outbox });
  };

  const send = (message: unknown) => {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  };

  const flush = () => {
    const s = store.getState();
    if (s.stage !== 'in' || !s.online || !s.writing) return;
    for (const note of s.outbox) {
      if (inFlight.has(note.id)) continue;
      inFlight.add(note.id);
      send({ type: 'note', id: note.id, text: note.text, ...(note.laneRef !== undefined ? { laneRef: note.laneRef } : {}) });
    }
  };

  const wsUrl = () => {
    const url = new URL('ws', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (memory.participantKey) url.searchParams.set('resume', memory.participantKey);
    return url.href;
  };

  function connect(): void {
    if (stopped) return;
    const socket = new WebSocket(wsUrl());
    ws = socket;
    socket.onopen = () => {
      retryMs = 500;
      store.setState({ online: true });
    };
    socket.onmessage = (event) => {
      let data: unknown;
      try {
        data = JSON.parse(String(event.data));
      } catch {
        return;
      }
      const parsed = ServiceMessageSchema.safeParse(data);
      if (parsed.success) receive(parsed.data);
    };
    socket.onclose = () => {
      if (ws !== socket) return;
      ws = null;
      inFlight.clear();
      store.setState({ online: false });
      const stage = store.getState().stage;
      if (stopped || stage === 'removed' || stage === 'ended') return;
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 8_000);
    };
  }

  function receive(message: ReturnType<typeof ServiceMessageSchema.parse>): void {
    switch (message.type) {
      case 'hello':
        store.setState({ anonymousAllowed: message.anonymousAllowed });
        // Back after a drop: rejoin at once as the same participant.
        if (memory.participantKey) send({ type: 'join', name: memory.name, resume: memory.participantKey });
        else store.setState({ stage: 'join' });
        break;
      case 'welcome':
        remember({ participantKey: message.participantKey, name: message.name });
        store.setState({ stage: message.admitted ? 'in' : 'waiting', name: message.name });
        flush();
        break;
      case 'state':
        store.setState({ writing: message.writing, voting: message.voting, rating: message.rating });
        flush();
        break;
      case 'ack': {
        inFlight.delete(message.id);
        const outbox = store.getState().outbox;
        if (!outbox.some((n) => n.id === message.id)) break;
        const sent = store.getState().sent + 1;
        remember({ sent });
        store.setState({ sent });
        setOutbox(outbox.filter((n) => n.id !== message.id));
        break;
      }
      case 'refused': {
        store.setState({ lastRefusal: message.reason });
        if (message.reason === 'nameRequired') store.setState({ stage: 'join' });
        if (!message.id) break;
        inFlight.delete(message.id);
        if (message.reason === 'rateLimited') {
          setTimeout(flush, 1_000);
          break;
        }
        if (message.reason === 'closed' || message.reason === 'waiting') break; // kept: sent when writing opens again
        const note = store.getState().outbox.find((n) => n.id === message.id);
        if (note) {
          setOutbox(store.getState().outbox.filter((n) => n.id !== message.id));
          store.setState({ undelivered: [...store.getState().undelivered, { note, reason: message.reason }] });
        }
        break;
      }
      case 'removed':
        remember({ participantKey: null, outbox: [] });
        store.setState({ stage: 'removed', outbox: [] });
        break;
      case 'ended':
        remember({ participantKey: null });
        store.setState({ stage: 'ended' });
        break;
      case 'pong':
        break;
    }
  }

  return {
    store,
    start: connect,
    stop() {
      stopped = true;
      ws?.close();
    },
    join(name: string) {
      remember({ name });
      send({ type: 'join', name });
    },
    /** Keeps the note on the phone first, so it survives a drop before it is acknowledged. */
    write(text: string, laneRef?: number) {
      const note: OutboxNote = { id: newClientId(), text, ...(laneRef !== undefined ? { laneRef } : {}) };
      setOutbox([...store.getState().outbox, note]);
      flush();
    },
    vote(dots: { ref: number; n: number }[]) {
      const voting = store.getState().voting;
      if (voting) send({ type: 'votes', round: voting.round, dots });
    },
    rate(score: number) {
      const rating = store.getState().rating;
      if (rating) send({ type: 'rate', round: rating.round, score });
    },
  };
}

export type PhoneSession = ReturnType<typeof createPhoneSession>;
