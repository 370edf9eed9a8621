import pino from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs, one line per event, UTC timestamps. The servers bind `service` on the
 * logger they are given, so every line says which process wrote it.
 *
 * Lines are buffered and written to standard output in batches (at 4 kB, or every 250 ms)
 * rather than one write syscall per request. pino flushes the buffer synchronously when
 * the process exits, so a SIGTERM drain or a fatal error loses no line.
 */
export function createLogger(level: string = 'info'): Logger {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 });
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
