// What a controller who joined from their own device may ask of the session: everything
// the console does during play, but not ending or aborting it, and not making anyone else
// a controller (only the session's owner, the staff who started it, hands out control).
// Nor may they move or remove a controller; that depends on the target, so the reducer
// checks it (participants.ts, checkControlIsTheOwners).
import type { SessionCommand } from './commands';

type Decided = Record<SessionCommand['type'], boolean>;

/** Listed one by one, so a command added later is a compile error until someone decides. */
const CONTROLLER_MAY: Decided = {
  start: true,
  pause: true,
  resume: true,
  setSpeed: true,
  jump: true,
  jumpNext: true,
  release: true,
  hold: true,
  unhold: true,
  skip: true,
  retime: true,
  edit: true,
  addInject: true,
  end: false,
  abort: false,
  scribeAcknowledge: true,
  scribeRespond: true,
  scribeMessage: true,
  answerMessage: true,
  startPhase: true,
  raiseQuestion: true,
  admitParticipant: true,
  moveParticipant: true,
  removeParticipant: true,
};

export function controllerMayCommand(command: SessionCommand): boolean {
  if (command.type === 'admitParticipant' && command.role === 'controller') return false;
  return CONTROLLER_MAY[command.type];
}
