// The desktop menu's page actions (File → New exercise, Import…, Export…). In a
// browser there is no such menu and this does nothing.
import { useEffect, useRef } from 'react';
import '../../shared/api/bridge';
import type { MenuAction } from '../../shared/api/bridge';

export function useMenuAction(handler: (action: MenuAction) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => window.drillbook?.onMenu((action) => latest.current(action)), []);
}
