import pino from 'pino';

/** A logger for tests: set TEST_LOG_LEVEL=debug to see what the servers log. */
export const silentLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
