// What of an exercise is searchable, folded once at write time so queries stay cheap.
import type { ExerciseContent } from '../../../shared/model/exercise';
import { foldForIndex } from '../../../shared/search/fold';

export function searchText(ex: ExerciseContent): { title: string; body: string } {
  const parts: string[] = [ex.description, ex.narrative, ex.background, ex.location, ...ex.tags];
  for (const team of ex.teams) parts.push(team.name, team.agency);
  for (const o of ex.objectives) parts.push(o.text);
  for (const inj of ex.injects) {
    parts.push(inj.title, inj.body, inj.sender);
    for (const a of inj.expectedActions) parts.push(a.description);
  }
  return { title: foldForIndex(ex.title), body: foldForIndex(parts.filter(Boolean).join('\n')) };
}
