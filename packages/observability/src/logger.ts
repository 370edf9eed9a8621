import pino from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs, one line per event, UTC timestamps. The servers bind `service` on the
 * logger they are given, so every line says which process wrote it.
 */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime });
}
