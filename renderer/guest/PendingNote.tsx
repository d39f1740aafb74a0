// How a sent item stands before the host has it: waiting to send, or refused (with why,
// and a way to let it go; the text stays on screen until then).
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from './outbox';

export function PendingNote({ item, onDiscard }: { item: OutboxItem; onDiscard(key: string): void }) {
  const { t } = useTranslation();
  if (!item.refused) return <span className="pending">{t('guest.pending')}</span>;
  return (
    <span className="refused" role="alert">
      {t('guest.refused', { reason: t(item.refused.messageKey, item.refused.details) })}{' '}
      <button type="button" className="link" onClick={() => onDiscard(item.key)}>
        {t('guest.discard')}
      </button>
    </span>
  );
}
