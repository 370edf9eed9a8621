import { Agent } from 'undici';
import { parsedObject, SubgraphFetchFailed, type Stage, type SubgraphAnswer } from '../../fetch-context';

export interface HttpCallOptions {
  /** Connections kept open to the subgraph (keep-alive). */
  connections: number;
  /** Longest wait for a connection to open: past it the subgraph is `unreachable`. */
  connectTimeoutMs: number;
}

export interface HttpCall {
  stage: Stage;
  close: () => Promise<void>;
}

/**
 * The last stage: the fetch over a keep-alive connection pool (undici) instead of a new
 * connection per fetch. undici's request() (the agent's own, with the URL parsed once) rather than its fetch(): the same pool without the
 * WHATWG Request, Headers and web-stream machinery, which cost about a fifth of the gateway's
 * CPU under load (infra/bench). The body is read whole, so the connection goes back to the
 * pool whatever happens next, and parsed here, once (a 5xx's body is not read as JSON).
 */
export function httpCall({ connections, connectTimeoutMs }: HttpCallOptions): HttpCall {
  const agent = new Agent({ connections, keepAliveTimeout: 30_000, connectTimeout: connectTimeoutMs });
  const stage: Stage = async (fetch) => {
    let status: number;
    let cacheControl: string | string[] | undefined;
    let text: string;
    try {
      const response = await agent.request({
        ...targetOf(fetch.url),
        method: 'POST',
        headers: { 'content-type': 'application/json', ...fetch.headers },
        body: fetch.body(),
        signal: fetch.signal,
      });
      status = response.statusCode;
      cacheControl = response.headers['cache-control'];
      text = await response.body.text();
    } catch (error) {
      if (fetch.signal?.aborted) throw error;
      throw new SubgraphFetchFailed(isUndiciTimeout(error) ? 'timeout' : 'unreachable', { cause: error });
    }
    const answer: SubgraphAnswer = { status, cacheControl: Array.isArray(cacheControl) ? cacheControl.join(', ') : cacheControl, text };
    if (status < 500) answer.body = parsedObject(text);
    return answer;
  };
  return { stage, close: () => agent.close() };
}

/** A subgraph's URL as undici's dispatcher takes it, parsed once rather than at every fetch (as undici's request(url) does). */
const targets = new Map<string, { origin: string; path: string }>();
function targetOf(url: string): { origin: string; path: string } {
  let target = targets.get(url);
  if (!target) {
    const { origin, pathname, search } = new URL(url);
    target = { origin, path: `${pathname}${search}` };
    if (targets.size >= 100) targets.clear();
    targets.set(url, target);
  }
  return target;
}

function isUndiciTimeout(error: unknown): boolean {
  const { code } = error as { code?: string };
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}
