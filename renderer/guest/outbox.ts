// What a participant did that the host has not accepted yet: kept in this browser (per
// session and team) so a dropped Wi-Fi, a reload or a host restart loses nothing, and
// sent in order once the host is back. Every item carries its own id (a message's and a
// response's are chosen here), so sending one again cannot record it twice: the host
// answers a repeat as done (shared/session/guestRules.ts), and seen/acknowledge keep
// their first time anyway.
import type { ParticipantCommand } from '../../shared/api/contract';

/** A command as the team view makes it: ids are filled in when it is queued. */
export type TeamCommand =
  | { type: 'seen'; injectId: string }
  | { type: 'acknowledge'; injectId: string }
  | { type: 'respond'; injectId: string; text: string; decision: number | null; responseId?: string }
  | { type: 'message'; text: string; messageId?: string };

export type QueuedCommand = Extract<ParticipantCommand, { type: TeamCommand['type'] }>;

export type OutboxItem = {
  key: string;
  command: QueuedCommand;
  queuedAt: string;
  /** The host refused it (not a lost connection): shown with its reason, never resent. */
  refused?: { messageKey: string; details: Record<string, unknown> };
};

export function outboxStorageKey(sessionId: string, teamId: string): string {
  return `drillbook.guest.outbox.${sessionId}.${teamId}`;
}

/** The same action twice has the same key: a second "acknowledge" is not queued again. */
export function itemKey(command: QueuedCommand): string {
  switch (command.type) {
    case 'seen':
    case 'acknowledge':
      return `${command.type}:${command.injectId}`;
    case 'respond':
      return `respond:${command.responseId}`;
    case 'message':
      return `message:${command.messageId}`;
  }
}

/** The command with the ids the host will recognise it by if it comes again. */
export function withIds(command: TeamCommand, newId: () => string): QueuedCommand {
  if (command.type === 'respond') return { ...command, responseId: command.responseId ?? newId() };
  if (command.type === 'message') return { ...command, messageId: command.messageId ?? newId() };
  return command;
}

export function enqueue(items: readonly OutboxItem[], command: QueuedCommand, now: Date): OutboxItem[] {
  const key = itemKey(command);
  if (items.some((i) => i.key === key)) return [...items];
  return [...items, { key, command, queuedAt: now.toISOString() }];
}

/** The next item to send: the oldest not refused. Items go one at a time, in order. */
export function nextToSend(items: readonly OutboxItem[]): OutboxItem | null {
  return items.find((i) => !i.refused) ?? null;
}

export type SendOutcome =
  | { kind: 'accepted' }
  /** No answer: offline, or the host went away. The item stays and goes again later. */
  | { kind: 'unavailable' }
  | { kind: 'refused'; messageKey: string; details: Record<string, unknown> };

export function settle(items: readonly OutboxItem[], key: string, outcome: SendOutcome): OutboxItem[] {
  if (outcome.kind === 'accepted') return items.filter((i) => i.key !== key);
  if (outcome.kind === 'unavailable') return [...items];
  const refused = { messageKey: outcome.messageKey, details: outcome.details };
  return items.map((i) => (i.key === key ? { ...i, refused } : i));
}

export function discard(items: readonly OutboxItem[], key: string): OutboxItem[] {
  return items.filter((i) => i.key !== key);
}

/**
 * Reads the kept queue. Text that does not parse (a hand edit, a full disk mid-write) is
 * moved aside under `<key>.damaged`, not thrown away, and the page starts with an empty queue.
 */
export function loadOutbox(storage: Storage, key: string): OutboxItem[] {
  const raw = storage.getItem(key);
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    storage.setItem(`${key}.damaged`, raw);
    storage.removeItem(key);
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter(isItem) : [];
}

export function saveOutbox(storage: Storage, key: string, items: readonly OutboxItem[]): void {
  if (items.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(items));
}

function isItem(value: unknown): value is OutboxItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Partial<OutboxItem>;
  return typeof item.key === 'string' && typeof item.queuedAt === 'string' && typeof item.command?.type === 'string';
}
