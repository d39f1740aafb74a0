// Writing an inject during play (ad hoc), or editing a planned one before its release.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, LIMITS, type Channel, type Inject } from '../../../shared/model/exercise';
import type { SessionCommandInput } from '../../../shared/session/commands';
import type { StaffView } from '../../../shared/session/views';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RichTextField } from '../../components/richText/RichTextField';
import { TeamCheckboxes } from '../../components/TeamCheckboxes';

/** An id for an ad-hoc inject no MSEL inject has: "adhoc-" and a short random tail. */
function adHocId(): string {
  return `adhoc-${crypto.randomUUID().slice(0, 8)}`;
}

export function AdHocInjectDialog(props: {
  view: StaffView;
  scenarioMs: number;
  /** The planned inject to edit; none: a new ad-hoc inject. */
  editing: Inject | null;
  /** The last command's refusal, shown here since the dialog covers the console. */
  error: unknown;
  onCommand(command: SessionCommandInput): Promise<boolean>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const start = props.editing;
  const adHocCount = props.view.injects.filter((si) => si.adHoc).length;
  const [title, setTitle] = useState(start?.title ?? '');
  const [body, setBody] = useState(start?.body ?? '');
  const [sender, setSender] = useState(start?.sender ?? '');
  const [channel, setChannel] = useState<Channel>(start?.channel ?? 'phone');
  const [teamIds, setTeamIds] = useState<string[]>(start?.recipientTeamIds ?? props.view.teams.map((x) => x.id));
  const [releaseNow, setReleaseNow] = useState(true);

  async function submit() {
    const fields = { title, body, sender, channel, audience: 'teams' as const, recipientTeamIds: teamIds };
    // The host validates (and says what is wrong, in the user's language): nothing to throw here.
    const inject = start
      ? { ...start, ...fields }
      : {
          id: adHocId(),
          number: `A${adHocCount + 1}`,
          offsetSec: Math.floor(props.scenarioMs / 1000),
          release: 'manual' as const,
          ...fields,
        };
    const ok = await props.onCommand(start ? { type: 'edit', inject } : { type: 'addInject', inject, releaseNow });
    if (ok) props.onClose();
  }

  return (
    <Dialog title={t(start ? 'console.adHoc.editTitle' : 'console.adHoc.title')} onClose={props.onClose} wide>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          <span>{t('console.adHoc.injectTitle')}</span>
          <input required maxLength={LIMITS.titleMax} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          <span>{t('console.adHoc.sender')}</span>
          <input value={sender} onChange={(e) => setSender(e.target.value)} />
        </label>
        <label>
          <span>{t('console.adHoc.channel')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`spreadsheet.channels.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <RichTextField label={t('console.adHoc.body')} value={body} onChange={setBody} />
        <TeamCheckboxes
          legend={t('console.adHoc.recipients')}
          teams={props.view.teams}
          checked={teamIds}
          onChange={setTeamIds}
        />
        {!start && (
          <label className="inline">
            <input type="checkbox" checked={releaseNow} onChange={(e) => setReleaseNow(e.target.checked)} />
            {t('console.adHoc.releaseNow')}
          </label>
        )}
        <ErrorMessage error={props.error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={title.trim() === '' || teamIds.length === 0}>
            {t(start ? 'common.save' : releaseNow ? 'console.adHoc.send' : 'console.adHoc.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
