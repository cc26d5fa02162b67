import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import * as zlib from 'zlib';
import * as restify from 'restify';
import { fromRoot } from '../domain/paths';
import { LOCALES, Locale } from '../domain/types';

export interface StaffPageOptions {
  /** Playbook ids for the page's filters; their titles come from locales/<locale>/playbook-<id>.json. */
  playbooks: string[];
  /** Persona ids, so the practice view can name them; titles from locales/<locale>/persona-<id>.json. */
  personas?: string[];
}

/**
 * Stricter than the chat page's policy (channels/webPage.ts): the staff page loads nothing from elsewhere
 * and styles nothing inline, so script, style and connections are all 'self'. Chart.js sizes its canvas
 * through the CSSOM, which style-src does not govern.
 */
export const STAFF_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
const ONE_YEAR = 31_536_000;
const gzip = promisify(zlib.gzip);

/** The chart library, from the installed production dependency (no CDN). */
export const CHART_BUNDLE = fromRoot('node_modules', 'chart.js', 'dist', 'chart.umd.min.js');

interface Asset {
  type: string;
  raw: Buffer;
  /** Content hash: the ETag, and the version in the page's links, so a changed file gets a new URL. */
  version: string;
  gzipped?: Promise<Buffer>;
}

function makeAsset(name: string, raw: Buffer): Asset {
  return { type: TYPES[path.extname(name)] ?? 'application/octet-stream', raw, version: createHash('sha256').update(raw).digest('base64url').slice(0, 16) };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function readJson(file: string): Record<string, Json> | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, Json>) : undefined;
  } catch {
    return undefined;
  }
}

/** Each id's "title" in its locale file (playbook-<id>.json, persona-<id>.json), the id itself when none. */
function titles(locale: Locale, prefix: string, ids: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const title = readJson(fromRoot('locales', locale, `${prefix}-${id}.json`))?.title;
    out[id] = typeof title === 'string' ? title : id;
  }
  return out;
}

/**
 * Everything the page shows in one language: its own strings (staff.json), the handoff labels it shares with
 * the summaries and cards (handoff.json, areas.json), and the names of playbooks and personas.
 */
function strings(locale: Locale, options: StaffPageOptions): Buffer {
  const handoff = readJson(fromRoot('locales', locale, 'handoff.json')) ?? {};
  const body = {
    locale,
    staff: readJson(fromRoot('locales', locale, 'staff.json')) ?? {},
    handoff: { label: handoff.label ?? {}, status: handoff.status ?? {}, trigger: handoff.trigger ?? {}, language: handoff.language ?? {}, latentStatus: handoff.latentStatus ?? {}, speaker: handoff.speaker ?? {}, objection: handoff.objection ?? {}, role: handoff.role ?? {} },
    areas: readJson(fromRoot('locales', locale, 'areas.json')) ?? {},
    playbooks: titles(locale, 'playbook', options.playbooks),
    personas: titles(locale, 'persona', options.personas ?? []),
  };
  return Buffer.from(JSON.stringify(body), 'utf8');
}

function securityHeaders(res: restify.Response): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

async function send(req: restify.Request, res: restify.Response, asset: Asset, cacheControl: string): Promise<void> {
  const etag = `"${asset.version}"`;
  securityHeaders(res);
  res.setHeader('cache-control', cacheControl);
  res.setHeader('etag', etag);
  res.setHeader('vary', 'accept-encoding');
  if (String(req.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(etag)) {
    res.sendRaw(304, Buffer.alloc(0));
    return;
  }
  res.setHeader('content-type', asset.type);
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    asset.gzipped ??= gzip(asset.raw, { level: 9 });
    res.setHeader('content-encoding', 'gzip');
    res.sendRaw(200, await asset.gzipped);
    return;
  }
  res.sendRaw(200, asset.raw);
}

/**
 * The staff workspace page (GET /staff): web/staff/ and Chart.js, plus its strings per language. The page
 * holds no data of its own; it signs in with the staff key and reads everything through the staff API.
 */
export function registerStaffPage(server: restify.Server, options: StaffPageOptions): void {
  const dir = fromRoot('web', 'staff');
  const cache = new Map<string, Asset>();
  const files: Record<string, string> = {
    'staff.js': path.join(dir, 'staff.js'),
    'staff.css': path.join(dir, 'staff.css'),
    'chart.js': CHART_BUNDLE,
  };

  const asset = (name: string): Asset | undefined => {
    const file = files[name];
    if (!file) return undefined;
    let found = cache.get(name);
    if (!found) {
      try {
        found = makeAsset(name, fs.readFileSync(file));
      } catch {
        return undefined;
      }
      cache.set(name, found);
    }
    return found;
  };

  /** index.html with each asset link versioned by content, so those files can be cached for good. */
  let page: Asset | undefined;
  const html = (): Asset | undefined => {
    if (page) return page;
    let raw: string;
    try {
      raw = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    } catch {
      return undefined;
    }
    const versioned = raw.replace(/(src|href)="\/staff\/assets\/([a-z0-9.-]+)"/g, (whole, attribute: string, name: string) => {
      const found = asset(name);
      return found ? `${attribute}="/staff/assets/${name}?v=${found.version}"` : whole;
    });
    page = makeAsset('index.html', Buffer.from(versioned, 'utf8'));
    return page;
  };

  const servePage = async (req: restify.Request, res: restify.Response): Promise<void> => {
    const found = html();
    if (!found) {
      res.json(500, { error: 'the staff page is missing' });
      return;
    }
    res.setHeader('content-security-policy', STAFF_CONTENT_SECURITY_POLICY);
    res.setHeader('x-frame-options', 'DENY');
    await send(req, res, found, 'no-cache');
  };
  server.get('/staff', servePage);
  server.get('/staff/', servePage);

  server.get('/staff/assets/:file', async (req, res) => {
    const found = asset(String(req.params.file));
    if (!found) {
      res.json(404, { error: 'not found' });
      return;
    }
    const pinned = (req.query as Record<string, unknown> | undefined)?.v === found.version;
    await send(req, res, found, pinned ? `public, max-age=${ONE_YEAR}, immutable` : 'no-cache');
  });

  const stringsByLocale = new Map<Locale, Asset>();
  server.get('/staff/strings/:locale', async (req, res) => {
    const locale = LOCALES.find((l) => l === String(req.params.locale).replace(/\.json$/, ''));
    if (!locale) {
      res.json(404, { error: `no strings for that language; choose from ${LOCALES.join(', ')}` });
      return;
    }
    let found = stringsByLocale.get(locale);
    if (!found) {
      found = makeAsset('strings.json', strings(locale, options));
      stringsByLocale.set(locale, found);
    }
    await send(req, res, found, 'no-cache');
  });
}
