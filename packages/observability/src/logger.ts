import pino from 'pino';

export type Logger = pino.Logger;

/** JSON logs, one line per event, tagged with the service name. */
export function createLogger(service: string, level: string = 'info'): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
