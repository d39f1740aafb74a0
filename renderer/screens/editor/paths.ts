// Which tab shows a place in the document, so an issue can lead to its field.
import type { IssuePath } from '../../../shared/model/validate';
import type { TabName } from './EditorContext';

export function tabOfPath(path: IssuePath): TabName {
  switch (path[0]) {
    case 'teams':
      return 'teams';
    case 'objectives':
    case 'capabilities':
      return 'objectives';
    case 'phases':
      return 'phases';
    case 'injects':
      return 'injects';
    default:
      return 'overview';
  }
}
