// The exercise as a whole: what it is, where, how long, in which language, and the
// scenario (narrative, background) in Markdown.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addTag } from '../../../shared/model/edit';
import { EXERCISE_KINDS, HAZARDS, LIMITS, type ExerciseContent } from '../../../shared/model/exercise';
import { LOCALES, LOCALE_ENDONYMS } from '../../../shared/i18n/locales';
import { TextField, useEditor, useProblems } from './EditorContext';
import { MarkdownField } from './MarkdownField';
import { NumberField } from './NumberField';

export function OverviewTab() {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  const set =
    <K extends keyof ExerciseContent>(key: K) =>
    (value: ExerciseContent[K]) =>
      edit((c) => ({ ...c, [key]: value }));
  const kindId = useId();
  const hazardId = useId();
  const languageId = useId();

  return (
    <div className="overview">
      <div className="grid-2">
        <TextField
          label={t('editor.overview.title')}
          value={draft.title}
          onChange={set('title')}
          path={['title']}
          maxLength={LIMITS.titleMax}
          className="span-2"
        />
        <TextField
          label={t('editor.overview.description')}
          value={draft.description}
          onChange={set('description')}
          path={['description']}
          multiline
          className="span-2"
        />
        <div className="field">
          <label htmlFor={kindId}>{t('editor.overview.kind')}</label>
          <select
            id={kindId}
            value={draft.kind}
            onChange={(e) => set('kind')(e.target.value as ExerciseContent['kind'])}
          >
            {EXERCISE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`library.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={hazardId}>{t('editor.overview.hazard')}</label>
          <select
            id={hazardId}
            value={draft.hazard}
            onChange={(e) => set('hazard')(e.target.value as ExerciseContent['hazard'])}
          >
            {HAZARDS.map((h) => (
              <option key={h} value={h}>
                {t(`library.hazard.${h}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t('editor.overview.location')}
          value={draft.location}
          onChange={set('location')}
          path={['location']}
        />
        <NumberField
          label={t('editor.overview.duration')}
          value={draft.plannedDurationMin}
          onChange={(v) => set('plannedDurationMin')(v ?? Number.NaN)}
          path={['plannedDurationMin']}
          min={1}
          max={LIMITS.durationMinMax}
        />
        <div className="field">
          <label htmlFor={languageId}>{t('editor.overview.language')}</label>
          <select
            id={languageId}
            value={draft.language}
            onChange={(e) => set('language')(e.target.value as ExerciseContent['language'])}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_ENDONYMS[l]}
              </option>
            ))}
          </select>
        </div>
        <TagsField tags={draft.tags} onChange={set('tags')} />
      </div>
      <MarkdownField
        label={t('editor.overview.narrative')}
        value={draft.narrative}
        onChange={set('narrative')}
        path={['narrative']}
        rows={8}
      />
      <MarkdownField
        label={t('editor.overview.background')}
        value={draft.background}
        onChange={set('background')}
        path={['background']}
        rows={6}
      />
    </div>
  );
}

function TagsField({ tags, onChange }: { tags: string[]; onChange(tags: string[]): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const inputId = useId();
  const problems = useProblems(['tags'], { within: true });
  const add = () => {
    const next = addTag(tags, text);
    if (next.length !== tags.length) onChange(next);
    setText('');
  };
  return (
    <div className="field span-2">
      <label htmlFor={inputId}>{t('editor.overview.tags')}</label>
      <ul className="chips" aria-label={t('editor.overview.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="chip">
            <span>{tag}</span>
            <button
              type="button"
              className="icon"
              aria-label={t('editor.overview.removeTag', { tag })}
              title={t('editor.overview.removeTag', { tag })}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <input
          id={inputId}
          type="text"
          value={text}
          maxLength={LIMITS.tagMax}
          placeholder={t('editor.overview.tagPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds; a Chinese or Vietnamese IME uses Enter to confirm its own text first.
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              add();
            }
          }}
          aria-describedby={problems.describedBy}
        />
        <button type="button" onClick={add} disabled={!text.trim() || tags.length >= LIMITS.tagsMax}>
          {t('editor.overview.addTag')}
        </button>
      </div>
      {problems.messages}
    </div>
  );
}
