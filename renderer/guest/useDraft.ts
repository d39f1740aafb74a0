// Text being typed, kept in this browser while it is not sent (a reload, a lost
// connection, a host restart lose nothing). No key: an ordinary state (a preview).
import { useCallback, useState } from 'react';

const PREFIX = 'drillbook.guest.draft.';

export function useDraft(key: string | undefined): [string, (text: string) => void] {
  const [text, setText] = useState(() => (key ? (window.localStorage.getItem(PREFIX + key) ?? '') : ''));
  const update = useCallback(
    (next: string) => {
      setText(next);
      if (!key) return;
      if (next === '') window.localStorage.removeItem(PREFIX + key);
      else window.localStorage.setItem(PREFIX + key, next);
    },
    [key],
  );
  return [text, update];
}
