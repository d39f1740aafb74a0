// "Sound on / off" for new injects, remembered in this browser. Off until the user turns it
// on: browsers refuse sound before the page was touched, so turning it on is that touch.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BellIcon } from './Icons';
import { playArrival, rememberSound, soundWanted, unlockSound } from './arrivalSound';

export type ArrivalSound = { on: boolean; blocked: boolean; toggle(): void; play(): void };

export function useArrivalSound(): ArrivalSound {
  const [on, setOn] = useState(() => soundWanted(window.localStorage));
  const [blocked, setBlocked] = useState(false);
  // Wanted from an earlier visit: the browser may still say no until the page is touched.
  useEffect(() => {
    if (on) void unlockSound().then((allowed) => setBlocked(!allowed));
  }, [on]);
  const toggle = useCallback(() => {
    const next = !on || blocked;
    rememberSound(window.localStorage, next);
    setOn(next);
    if (next) void unlockSound().then((allowed) => setBlocked(!allowed));
    else setBlocked(false);
  }, [on, blocked]);
  const play = useCallback(() => {
    if (on && !playArrival()) setBlocked(true);
  }, [on]);
  return { on, blocked, toggle, play };
}

export function SoundToggle({ sound }: { sound: ArrivalSound }) {
  const { t } = useTranslation();
  const label = sound.blocked ? t('guest.sound.blocked') : sound.on ? t('guest.sound.on') : t('guest.sound.off');
  return (
    <button type="button" className="sound-toggle" aria-pressed={sound.on && !sound.blocked} onClick={sound.toggle}>
      <BellIcon off={!sound.on || sound.blocked} /> {label}
    </button>
  );
}
