import { maskContact } from '../domain/understand';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

function clean(fields: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!fields) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = typeof value === 'string' ? maskContact(value) : value;
  return out;
}

/** One JSON line per event; phone numbers and emails are masked before anything is written. */
export function createLogger(stream: NodeJS.WritableStream = process.stderr, quiet = false): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>): void => {
    if (quiet && level === 'info') return;
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, message: maskContact(message), ...clean(fields) })}\n`);
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
