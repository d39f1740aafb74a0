// "Type a name, press Add (or Enter)": new items start named, so they are valid at once.
import { useId, useRef, useState } from 'react';

type Props = { label: string; buttonLabel: string; onAdd(name: string): void; multiline?: boolean };

export function AddByName({ label, buttonLabel, onAdd }: Props) {
  const [text, setText] = useState('');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // The button disables itself once the field is empty: focus goes back to the field, ready for the next name.
  const add = () => {
    if (!text.trim()) return;
    onAdd(text.trim());
    setText('');
    input.current?.focus();
  };
  return (
    <div className="add-by-name">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          ref={input}
          id={id}
          type="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // An IME's Enter confirms its candidate; only a plain Enter adds.
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!text.trim()}>
          {buttonLabel}
        </button>
      </div>
    </div>
  );
}
