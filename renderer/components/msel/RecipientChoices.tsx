// Recipients named in the file that are not teams of the exercise yet: each can become a
// new team (shown as it will be created), mean an existing team (offered first when the
// name is close to one), or have its rows left out.
import { useTranslation } from 'react-i18next';
import { textColourOn } from '../../../shared/model/contrast';
import type { Team } from '../../../shared/model/exercise';
import type { UnknownRecipient } from '../../../shared/msel/importRows';

/** 'create', 'skip', or the id of the existing team the name means. */
export type RecipientChoice = string;
export const CREATE = 'create';
export const SKIP = 'skip';

/** The default for a name: its close team if any, else a new team. */
export function defaultChoice(recipient: UnknownRecipient): RecipientChoice {
  return recipient.suggestion?.teamId ?? CREATE;
}

/** The contract's createTeams and teamMatches from the user's choices. */
export function choicesToInput(choices: Record<string, RecipientChoice>) {
  const entries = Object.entries(choices);
  return {
    createTeams: entries.filter(([, c]) => c === CREATE).map(([name]) => name),
    teamMatches: Object.fromEntries(entries.filter(([, c]) => c !== CREATE && c !== SKIP)),
  };
}

export function RecipientChoices(props: {
  recipients: UnknownRecipient[];
  teams: Team[];
  choices: Record<string, RecipientChoice>;
  newTeams: { name: string; colour: string }[];
  onChange(name: string, choice: RecipientChoice): void;
}) {
  const { t } = useTranslation();
  if (props.recipients.length === 0) return null;
  return (
    <fieldset className="recipient-choices">
      <legend>{t('spreadsheet.import.recipients')}</legend>
      <ul>
        {props.recipients.map((r) => {
          const suggested = r.suggestion ? props.teams.find((team) => team.id === r.suggestion?.teamId) : undefined;
          const others = props.teams.filter((team) => team !== suggested);
          return (
            <li key={r.name}>
              <span className="recipient-name">
                {t('spreadsheet.import.recipientRows', { name: r.name, count: r.rows })}
              </span>
              <select
                aria-label={t('spreadsheet.import.recipientChoice', { name: r.name })}
                value={props.choices[r.name] ?? defaultChoice(r)}
                onChange={(e) => props.onChange(r.name, e.target.value)}
              >
                {suggested && (
                  <option value={suggested.id}>{t('spreadsheet.import.useTeam', { name: suggested.name })}</option>
                )}
                <option value={CREATE}>{t('spreadsheet.import.createTeam', { name: r.name.trim() })}</option>
                {others.map((team) => (
                  <option key={team.id} value={team.id}>
                    {t('spreadsheet.import.useTeam', { name: team.name })}
                  </option>
                ))}
                <option value={SKIP}>{t('spreadsheet.import.skipRecipient')}</option>
              </select>
            </li>
          );
        })}
      </ul>
      {props.newTeams.length > 0 && (
        <p className="new-teams">
          {t('spreadsheet.import.newTeams')}
          {props.newTeams.map((team) => (
            <span
              key={team.name}
              className="team-chip"
              style={{ background: team.colour, color: textColourOn(team.colour) }}
            >
              {team.name}
            </span>
          ))}
        </p>
      )}
    </fieldset>
  );
}
