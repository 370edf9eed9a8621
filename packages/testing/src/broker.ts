import { randomBytes } from 'node:crypto';
import { connect } from 'nats';

/** The NATS server with JetStream that broker tests use (CI sets NATS_URL); without one they are skipped. */
export const TEST_NATS_URL = process.env.NATS_URL;

export interface TestBroker {
  /** NATS_URL, NATS_STREAM and NATS_SUBJECT_PREFIX of a stream of the test's own. */
  env: Record<string, string>;
  stream: string;
  /** How many messages the stream holds (0 before a service has created it). */
  messages(): Promise<number>;
  /** Every message the stream holds, in order: its subject and JSON body. */
  read(): Promise<{ subject: string; body: Record<string, unknown> }[]>;
  /** Deletes the stream (and its consumers). */
  cleanup(): Promise<void>;
}

/** A stream and subject prefix no other test run shares, on the server of NATS_URL. */
export function testBroker(): TestBroker {
  const suffix = randomBytes(4).toString('hex');
  const stream = `PASSERELLE_TEST_${suffix}`;
  const withManager = async <T>(use: (jsm: Awaited<ReturnType<Awaited<ReturnType<typeof connect>>['jetstreamManager']>>) => Promise<T>) => {
    const nc = await connect({ servers: TEST_NATS_URL });
    try {
      return await use(await nc.jetstreamManager());
    } finally {
      await nc.close();
    }
  };
  return {
    env: { NATS_URL: TEST_NATS_URL ?? '', NATS_STREAM: stream, NATS_SUBJECT_PREFIX: `passerelle_test_${suffix}` },
    stream,
    messages: () => withManager(async (jsm) => (await jsm.streams.info(stream).catch(() => null))?.state.messages ?? 0),
    read: () =>
      withManager(async (jsm) => {
        const { first_seq: first, last_seq: last, messages } = (await jsm.streams.info(stream)).state;
        const read: { subject: string; body: Record<string, unknown> }[] = [];
        for (let seq = first; messages > 0 && seq <= last; seq += 1) {
          const message = await jsm.streams.getMessage(stream, { seq });
          read.push({ subject: message.subject, body: message.json<Record<string, unknown>>() });
        }
        return read;
      }),
    cleanup: () => withManager(async (jsm) => void (await jsm.streams.delete(stream).catch(() => false))),
  };
}

/** A suite that needs a real broker: skipped, and named so, when NATS_URL is not set. */
export function describeWithBroker(title: string, suite: () => void): void {
  if (TEST_NATS_URL) describe(title, suite);
  else describe.skip(`${title} (needs NATS_URL)`, suite);
}
