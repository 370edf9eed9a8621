/** Messages between cluster workers and their primary carry a `type`; anything else on the channel is someone else's. */
export const isMessage = <T extends { type: string }>(message: unknown, type: T['type']): message is T =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
