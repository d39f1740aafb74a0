// Whether the office network is open, kept current: fetched once, then again whenever
// the host says it changed (from this console or another), and the switch itself.
import { useCallback, useEffect, useState } from 'react';
import type { LanStatus } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';

export function useLan() {
  const api = useApi();
  const [status, setStatus] = useState<LanStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let closed = false;
    const load = () =>
      api.call('lan.status', {}).then(
        (next) => !closed && setStatus(next),
        (caught: unknown) => !closed && setError(caught),
      );
    void load();
    const off = api.on('lan.changed', () => void load());
    return () => {
      closed = true;
      off();
    };
  }, [api]);

  const change = useCallback(
    async (method: 'lan.open' | 'lan.close') => {
      setBusy(true);
      setError(null);
      try {
        setStatus(await api.call(method, {}));
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    [api],
  );

  return { status, error, busy, open: () => change('lan.open'), close: () => change('lan.close') };
}
