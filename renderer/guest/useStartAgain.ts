// Forget this browser's identity and open the join page afresh. The page is loaded again
// so the connection starts as a stranger too: the host still knows the old one as the
// person it was (a participant may not join a second time on the same connection).
import { useCallback } from 'react';
import { useGuest } from './GuestContext';

export function useStartAgain(): () => void {
  const { leave } = useGuest();
  return useCallback(() => {
    leave();
    window.location.reload();
  }, [leave]);
}
