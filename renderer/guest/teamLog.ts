// The team's own log: what it received, acknowledged, answered and sent, and the control
// cell's answers, in time order with scenario time. Built from the team's view alone, so
// it is exactly what the host recorded (what is still waiting to be sent is not in it).
import type { TeamView } from '../../shared/session/views';

type Stamp = { at: string; scenarioMs: number };
type By = { byScribe: boolean };

export type TeamLogEntry = Stamp &
  (
    | { kind: 'received'; injectId: string; number: string; title: string }
    | ({ kind: 'acknowledged'; injectId: string; number: string } & By)
    | ({ kind: 'responded'; injectId: string; number: string; text: string; decision: string | null } & By)
    | ({ kind: 'messageSent'; messageId: string; text: string } & By)
    | { kind: 'answered'; messageId: string; text: string }
  );

export function buildTeamLog(view: Pick<TeamView, 'injects' | 'messages'>): TeamLogEntry[] {
  const entries: TeamLogEntry[] = [];
  const stamp = (s: Stamp): Stamp => ({ at: s.at, scenarioMs: s.scenarioMs });
  for (const inject of view.injects) {
    const { id: injectId, number } = inject;
    entries.push({ ...stamp(inject.released), kind: 'received', injectId, number, title: inject.title });
    if (inject.acknowledged) {
      const byScribe = inject.acknowledged.enteredBy === 'scribe';
      entries.push({ ...stamp(inject.acknowledged), kind: 'acknowledged', injectId, number, byScribe });
    }
    for (const r of inject.responses) {
      const decision = r.decision === null ? null : (inject.decisionOptions[r.decision] ?? null);
      const byScribe = r.enteredBy === 'scribe';
      entries.push({ ...stamp(r), kind: 'responded', injectId, number, text: r.text, decision, byScribe });
    }
  }
  for (const m of view.messages) {
    const byScribe = m.sent.enteredBy === 'scribe';
    entries.push({ ...stamp(m.sent), kind: 'messageSent', messageId: m.id, text: m.text, byScribe });
    if (m.answer) entries.push({ ...stamp(m.answer.answered), kind: 'answered', messageId: m.id, text: m.answer.text });
  }
  // Scenario time first (it is what the exercise is judged by), wall time when equal:
  // a paused clock puts many things at one scenario time. The sort is stable.
  return entries.sort((a, b) => a.scenarioMs - b.scenarioMs || a.at.localeCompare(b.at));
}
