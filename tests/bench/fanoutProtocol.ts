// The messages between the fan-out bench (parent) and its clients' process (child).

export type ClientSet = 'host' | 'floor';

export type ParentCommand =
  | { type: 'connect'; set: ClientSet; url: string; count: number }
  | { type: 'join'; joinCode: string; teamIds: string[] }
  | { type: 'subscribe'; sessionId: string; afterSeq: number }
  /** Wait until every client of the set has the event frame `seq` (or the time is up). */
  | { type: 'await'; set: ClientSet; seq: number; timeoutMs: number }
  /** Every host client fetches its view once: how many released injects it shows. */
  | { type: 'views'; sessionId: string }
  | { type: 'close' };

export type ChildReply =
  | { type: 'connected'; set: ClientSet; count: number }
  | { type: 'joined'; participants: { participantId: string; teamId: string }[] }
  | { type: 'subscribed' }
  /** The receipt times of the clients that got it (absolute ms), and one client's raw frame. */
  | { type: 'received'; set: ClientSet; seq: number; receivedAt: number[]; sample: string }
  | { type: 'views'; injectCounts: number[] }
  | { type: 'failed'; message: string };
