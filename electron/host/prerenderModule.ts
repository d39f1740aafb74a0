// The renderer's module that renders a staff link's first page (renderer/prerender.tsx),
// bundled for Node beside the host (scripts/build-main.mjs) and loaded at run time: the
// host may not import the renderer, and the module (React's server renderer, the screens)
// is only needed once a staff link is opened, so it is loaded then, not at start.
import { createRequire } from 'node:module';
import type { LibraryPrerenderer } from '../../shared/api/firstPage';
import type { Logger } from './ports';

export const PRERENDER_FILE = 'prerender.cjs';

/**
 * A loader of `file`'s prerenderer, loading it on the first call. null (logged once) when
 * it cannot be loaded: staff links then get the page as built, which shows the library
 * once its scripts have run.
 */
export function prerendererLoader(file: string, logger: Logger): () => LibraryPrerenderer | null {
  let loaded: LibraryPrerenderer | null | undefined;
  return () => {
    if (loaded !== undefined) return loaded;
    try {
      const exported = (createRequire(file)(file) as { prerenderer?: LibraryPrerenderer }).prerenderer;
      if (!exported || typeof exported.render !== 'function') throw new Error('no prerenderer exported');
      loaded = exported;
    } catch (error) {
      logger.error('prerender module not loaded: staff links are served as built', { file, error: String(error) });
      loaded = null;
    }
    return loaded;
  };
}
