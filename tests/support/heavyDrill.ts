// A `.drill` file that is legal in every size limit yet costly to read: many copies of
// one exercise packed with injects, each with many small parts for the schema to check.
// The copies share one exercise id, so once all are read the file is refused as a
// duplicate: a hostile file for the host to spend time and memory on, then turn away.
import { randomUUID } from 'node:crypto';
import { drillOf, sampleExercise } from '../unit/exchange/zipFixtures';

export type HeavyDrillSize = {
  /** Exercise entries in the file, each the same exercise. */
  copies: number;
  /** Injects per exercise, at most 2,000 (LIMITS.injectsMax). */
  injects: number;
  /** Expected actions (and discussion questions) per inject. */
  partsPerInject: number;
};

export async function heavyDrill(size: HeavyDrillSize): Promise<Buffer> {
  const actions = Array.from({ length: size.partsPerInject }, (_, i) => ({
    id: `a${i}`,
    teamId: 't1',
    description: `Báo cáo tình hình lần ${i} / 第${i}次报告`,
  }));
  const questions = actions.map((a) => a.description);
  const injects = Array.from({ length: size.injects }, (_, i) => ({
    id: `i${i}`,
    number: String(i + 1),
    offsetSec: i * 60,
    channel: 'phone',
    title: `Tình huống ${i + 1}`,
    expectedActions: actions,
    discussionQuestions: questions,
  }));
  const json = JSON.stringify({ ...sampleExercise({ attachments: [] }), injects });
  const ids = Array.from({ length: size.copies }, () => randomUUID());
  return drillOf(Object.fromEntries(ids.map((id) => [`exercises/${id}.json`, json])), ids);
}
