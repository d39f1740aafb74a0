// A fieldset of one checkbox per team: which teams take part, or receive an inject.
import type { ReactNode } from 'react';

type Props = {
  legend: string;
  teams: readonly { id: string; name: string }[];
  checked: readonly string[];
  onChange(ids: string[]): void;
  children?: ReactNode;
};

export function TeamCheckboxes({ legend, teams, checked, onChange, children }: Props) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
      {teams.map((team) => (
        <label key={team.id} className="inline">
          <input
            type="checkbox"
            checked={checked.includes(team.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...checked, team.id] : checked.filter((id) => id !== team.id))
            }
          />
          {team.name}
        </label>
      ))}
    </fieldset>
  );
}
