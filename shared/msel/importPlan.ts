// What importing a spreadsheet into an exercise would do, with the dialog's choices:
// how to read the time column, which recipients become new teams and which mean an
// existing team. The preview and the import run this same function, so what the user
// saw is what is saved, in one library update.
import { DomainError } from '../api/errors';
import { newTeam, randomId, type IdSource } from '../model/edit';
import { LIMITS, type ExerciseContent, type Inject, type Team } from '../model/exercise';
import type { ColumnMapping } from './columns';
import { importableInjects, importRows, type ImportPreview } from './importRows';
import { teamKey } from './teamMatch';
import type { TimeBase } from './timeColumn';

export interface ImportChoices {
  rows: string[][];
  mapping: ColumnMapping;
  hasHeader: boolean;
  timeBase?: TimeBase | null;
  /** Recipient names to create as teams, as the dialog showed them. */
  createTeams?: string[];
  /** Recipient names (as written in the file) that mean an existing team: name → team id. */
  teamMatches?: Record<string, string>;
}

export interface ImportPlan {
  preview: ImportPreview & { newTeams: { name: string; colour: string }[] };
  newTeams: Team[];
  injects: Inject[];
}

export function planMselImport(
  content: ExerciseContent,
  choices: ImportChoices,
  newId: IdSource = randomId,
): ImportPlan {
  const known = new Set(content.teams.map((t) => t.id));
  for (const [name, teamId] of Object.entries(choices.teamMatches ?? {})) {
    if (!known.has(teamId)) throw new DomainError('invalid_input', 'spreadsheet.errors.unknownTeam', { name });
  }
  const newTeams = teamsToCreate(content, choices.createTeams ?? [], newId);
  const teams = [...content.teams, ...newTeams];
  const preview = importRows(choices.rows, choices.mapping, {
    teams,
    newTeamIds: newTeams.map((t) => t.id),
    phases: content.phases,
    capabilities: content.capabilities,
    hasHeader: choices.hasHeader,
    existingNumbers: content.injects.map((i) => i.number),
    timeBase: choices.timeBase ?? null,
    aliases: Object.entries(choices.teamMatches ?? {}).map(([name, teamId]) => ({ name, teamId })),
  });
  const injects = importableInjects(preview);
  if (content.injects.length + injects.length > LIMITS.injectsMax) {
    throw new DomainError('too_large', 'errors.tooManyInjects', { max: LIMITS.injectsMax });
  }
  return {
    preview: { ...preview, newTeams: newTeams.map((t) => ({ name: t.name, colour: t.colour })) },
    newTeams,
    injects,
  };
}

/** New teams for the names asked for, once each, skipping names that already are teams. */
function teamsToCreate(content: ExerciseContent, names: readonly string[], newId: IdSource): Team[] {
  const taken = new Set(content.teams.map((t) => teamKey(t.name)));
  const created: Team[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = teamKey(name);
    if (name === '' || taken.has(key)) continue;
    taken.add(key);
    created.push(newTeam({ ...content, teams: [...content.teams, ...created] }, name, newId));
  }
  if (content.teams.length + created.length > LIMITS.teamsMax) {
    throw new DomainError('too_large', 'spreadsheet.errors.tooManyTeams', { max: LIMITS.teamsMax });
  }
  return created;
}
