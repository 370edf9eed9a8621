import type { ManagedProcess } from './processes';

/** Waits until `url` answers `{ __typename }` with data: the server is up and has its schema. */
export async function waitForGraphQL(url: string, owner: ManagedProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !owner.hasExited()) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
        signal: AbortSignal.timeout(2000),
      });
      const body = (await response.json()) as { data?: unknown };
      if (response.ok && body.data) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${owner.name} did not answer at ${url} (stopped, or not within ${timeoutMs / 1000} s). Its last output:\n${owner.output()}`,
  );
}
