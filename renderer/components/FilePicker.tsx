// A file chooser whose button and "no file" text are in the user's language (the
// browser's own input shows them in the browser's language). The real input stays
// in the page, visually hidden, so keyboards, screen readers and tests use it as usual.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function FilePicker(props: { label: string; accept: string; onFile(file: File | undefined): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="file-picker">
      <span className="file-picker-label" id={`${id}-label`}>
        {props.label}
      </span>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={props.accept}
        aria-labelledby={`${id}-label`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setName(file?.name ?? null);
          props.onFile(file);
        }}
      />
      <div className="file-picker-row">
        <label htmlFor={id} className="button-like" aria-hidden="true">
          {t('common.chooseFile')}
        </label>
        <span className="file-name">{name ?? t('common.noFileChosen')}</span>
      </div>
    </div>
  );
}
