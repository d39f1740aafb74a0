import { createContext, useContext } from 'react';
import type { Principal } from '../../shared/api/principal';
import type { GuestConnection } from './guestConnection';

/**
 * Who this browser is, as far as the host has said: `resuming` while a kept secret is
 * being checked, `none` before joining, `known` once joined or resumed, `lost` when the
 * secret stopped working (removed, session over), with the host's translated reason.
 */
export type GuestIdentity =
  | { status: 'resuming' }
  | { status: 'none' }
  | { status: 'known'; principal: Principal }
  | { status: 'lost'; messageKey: string };

export type GuestContextValue = {
  connection: GuestConnection;
  identity: GuestIdentity;
  /** After a successful `session.join`: remember the secret and who the host says we are. */
  joined(secret: string, principal: Principal): void;
  /** Start again as a stranger (after "removed", or to join another session). */
  leave(): void;
  /**
   * Ask the host who this browser is now, after a call was refused: admitted as an
   * evaluator or a controller, moved into a team, or removed, the page follows.
   */
  recheck(): void;
};

export const GuestContext = createContext<GuestContextValue | null>(null);

export function useGuest(): GuestContextValue {
  const value = useContext(GuestContext);
  if (!value) throw new Error('useGuest outside GuestContext');
  return value;
}
