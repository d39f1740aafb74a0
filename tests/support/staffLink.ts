// The staff link the host prints (http://127.0.0.1:port/?token=…), as tests and benches find it.
import { TOKEN_PARAM } from '../../shared/api/endpoints';

/** The loopback staff link in the host's output. */
export const STAFF_LINK_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;

/** The staff key a printed link carries. */
export function tokenOfLink(link: string | URL): string {
  const token = new URL(link).searchParams.get(TOKEN_PARAM);
  if (!token) throw new Error(`no staff key in ${String(link)}`);
  return token;
}
