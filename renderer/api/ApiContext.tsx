import { createContext, useContext } from 'react';
import type { DrillbookApi } from '../../shared/api/contract';

export const ApiContext = createContext<DrillbookApi | null>(null);

export function useApi(): DrillbookApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
