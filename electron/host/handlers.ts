// Maps each contract method to the service that does the work. No logic lives here
// beyond picking the service and publishing what changed.
import type { Handlers } from './dispatcher';
import type { EventBus } from './events';
import type { LibraryService } from '../services/library/libraryService';

export type Services = { library: LibraryService; appVersion: string };

export function createHandlers({ library, appVersion }: Services, bus: EventBus): Handlers {
  return {
    'app.info': (_input, caller) => ({ version: appVersion, role: caller.role }),
    'app.setLocale': ({ locale }) => ({ locale }),
    'library.list': (input) => library.list(input),
    'library.get': ({ id }) => library.get(id),
    'library.create': (input) => {
      const created = library.create(input);
      bus.publish('library.changed', { id: created.id });
      return created;
    },
  };
}
