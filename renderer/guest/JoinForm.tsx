// Joining: the code first (prefilled from the QR code's link), then the session's title,
// a role (team member, evaluator, controller), the team for a team member, and a name.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/api/contract';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../shared/session/events';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { useGuest } from './GuestContext';
import { TeamSwatch } from './TeamSwatch';

type JoinInfo = MethodOutput<'session.joinInfo'>;

export function JoinForm({ initialCode }: { initialCode: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const [code, setCode] = useState(initialCode ?? '');
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(initialCode !== null);

  async function lookUp(joinCode: string) {
    setBusy(true);
    setError(null);
    try {
      setInfo(await api.call('session.joinInfo', { joinCode: joinCode.trim() }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  // A link with the code (the QR code) goes straight to the session's teams.
  useEffect(() => {
    if (!initialCode) return;
    let live = true;
    api.call('session.joinInfo', { joinCode: initialCode.trim() }).then(
      (found) => live && (setInfo(found), setBusy(false)),
      (caught: unknown) => live && (setError(caught), setBusy(false)),
    );
    return () => {
      live = false;
    };
  }, [api, initialCode]);

  if (info) return <JoinDetails code={code} info={info} onOtherCode={() => setInfo(null)} />;
  return (
    <main className="guest">
      <form
        className="guest-card"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void lookUp(code);
        }}
      >
        <h1>{t('guest.join.title')}</h1>
        <label className="field">
          <span>{t('guest.join.code')}</span>
          <input
            className="code-input"
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            required
          />
          <small>{t('guest.join.codeHint')}</small>
        </label>
        <ErrorMessage error={error} />
        <button type="submit" className="primary big" disabled={busy || code.trim() === ''}>
          {busy ? t('guest.join.checking') : t('guest.join.continue')}
        </button>
      </form>
    </main>
  );
}

function JoinDetails({ code, info, onOtherCode }: { code: string; info: JoinInfo; onOtherCode(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { joined } = useGuest();
  const [teamId, setTeamId] = useState<string | null>(info.teams.length === 1 ? info.teams[0]!.id : null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<ParticipantRole>('team');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [missingTeam, setMissingTeam] = useState(false);

  async function join(e: FormEvent) {
    e.preventDefault();
    if (role === 'team' && teamId === null) {
      setMissingTeam(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('session.join', {
        joinCode: code.trim(),
        name,
        requestedTeamId: role === 'team' ? teamId : null,
        requestedRole: role,
      });
      joined(result.secret, result.principal);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <main className="guest">
      <form className="guest-card" onSubmit={(e) => void join(e)}>
        <p className="caption">{t('guest.join.session')}</p>
        <h1>{info.title}</h1>
        <fieldset className="choices">
          <legend>{t('guest.join.role')}</legend>
          {PARTICIPANT_ROLES.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="role" checked={role === r} onChange={() => setRole(r)} />
              <span>{t(`guest.join.roles.${r}`)}</span>
            </label>
          ))}
        </fieldset>
        {role === 'team' && (
          <fieldset className="choices">
            <legend>{t('guest.join.team')}</legend>
            {info.teams.map((team) => (
              <label key={team.id} className="choice team-choice">
                <input
                  type="radio"
                  name="team"
                  checked={teamId === team.id}
                  onChange={() => {
                    setTeamId(team.id);
                    setMissingTeam(false);
                  }}
                />
                <TeamSwatch colour={team.colour} />
                <span>
                  <strong>{team.name}</strong>
                  {team.agency && <small>{team.agency}</small>}
                </span>
              </label>
            ))}
            {missingTeam && (
              <p role="alert" className="error">
                {t('guest.join.pickTeam')}
              </p>
            )}
          </fieldset>
        )}
        <label className="field">
          <span>{t('guest.join.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="name" required />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" className="primary big" disabled={busy || name.trim() === ''}>
          {t('guest.join.join')}
        </button>
        <button type="button" className="link" onClick={onOtherCode}>
          {t('guest.join.otherCode')}
        </button>
      </form>
    </main>
  );
}
