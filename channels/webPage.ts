import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import * as zlib from 'zlib';
import * as restify from 'restify';
import { fromRoot } from '../domain/paths';
import { Locale } from '../domain/types';
import { clientAddress, RateLimiter } from './directline/rateLimiter';

export interface WebPageOptions {
  /** Azure mode: the server exchanges this secret for a Direct Line token; it never reaches the browser. */
  directLineSecret?: string;
  /** Azure tokens one address may get per minute. Default 10. */
  tokenRateLimitPerMinute?: number;
  /** TRUST_PROXY: X-Forwarded-For's last hop names the visitor for the token rate limit. Default false. */
  trustProxy?: boolean;
  defaultLocale: Locale;
  /** The embedded Direct Line is served (local mode). Without it and without a secret the page has no channel. */
  embedded?: boolean;
  /** A playbook the page asks the bot to use (a product line's own page); the page URL's ?playbook= wins. */
  playbook?: string;
  /** Azure's Direct Line base URL; injectable so tests can stand in for Azure on loopback. */
  directLineUrl?: string;
  fetchImpl?: typeof fetch;
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg']);
const ONE_YEAR = 31_536_000;
/** Brotli's best setting takes 9 s of CPU on Web Chat's 4 MB; quality 9 half a second, for 10% more bytes. */
const QUICK_BROTLI_ABOVE = 256 * 1024;

/** What the page may load and talk to: itself, plus Azure's Direct Line in Azure mode. Web Chat styles itself inline. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self' https://*.botframework.com wss://*.botframework.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

interface Asset {
  type: string;
  raw: Buffer;
  /** Content hash: the ETag, and the version in the page's links, so a changed file gets a new URL. */
  version: string;
  gzip?: Promise<Buffer>;
  brotli?: Promise<Buffer>;
}

function brotliOptions(size: number, quality: number): zlib.BrotliOptions {
  return { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size } };
}

function makeAsset(file: string, raw: Buffer): Asset {
  return { type: TYPES[path.extname(file)] ?? 'application/octet-stream', raw, version: createHash('sha256').update(raw).digest('base64url').slice(0, 16) };
}

/** Files read once and kept with their compressed forms, made off the event loop on first request. */
class Assets {
  private readonly cache = new Map<string, Asset>();

  get(file: string): Asset | undefined {
    let asset = this.cache.get(file);
    if (!asset) {
      let raw: Buffer;
      try {
        raw = fs.readFileSync(file);
      } catch {
        return undefined;
      }
      asset = makeAsset(file, raw);
      this.cache.set(file, asset);
    }
    return asset;
  }

  async encode(asset: Asset, file: string, acceptEncoding: string): Promise<{ body: Buffer; encoding?: string }> {
    if (!COMPRESSIBLE.has(path.extname(file))) return { body: asset.raw };
    const size = asset.raw.length;
    if (/\bbr\b/.test(acceptEncoding)) {
      asset.brotli ??= brotli(asset.raw, brotliOptions(size, size > QUICK_BROTLI_ABOVE ? 9 : 11));
      return { body: await asset.brotli, encoding: 'br' };
    }
    if (/\bgzip\b/.test(acceptEncoding)) {
      asset.gzip ??= gzip(asset.raw, { level: 9 });
      return { body: await asset.gzip, encoding: 'gzip' };
    }
    return { body: asset.raw };
  }
}

async function send(req: restify.Request, res: restify.Response, assets: Assets, file: string, asset: Asset, cacheControl: string): Promise<void> {
  const etag = `"${asset.version}"`;
  res.setHeader('cache-control', cacheControl);
  res.setHeader('etag', etag);
  res.setHeader('vary', 'accept-encoding');
  res.setHeader('x-content-type-options', 'nosniff');
  if (String(req.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(etag)) {
    res.sendRaw(304, Buffer.alloc(0));
    return;
  }
  try {
    const { body, encoding } = await assets.encode(asset, file, String(req.headers['accept-encoding'] ?? ''));
    res.setHeader('content-type', asset.type);
    if (encoding) res.setHeader('content-encoding', encoding);
    res.sendRaw(200, body);
  } catch {
    res.json(500, { error: 'the file could not be compressed' });
  }
}

/** The Web Chat bundle that exposes window.WebChat with Adaptive Cards (the minimal one has none), as installed. */
export const INSTALLED_WEB_CHAT_BUNDLE = fromRoot('node_modules', 'botframework-webchat', 'dist', 'webchat.js');
/** Where `npm run build` copies it (scripts/copyWebChat.ts): botframework-webchat is a dev dependency only. */
export const BUILT_WEB_CHAT_BUNDLE = fromRoot('dist', 'web', 'webchat.js');

/**
 * The bundle the page gets: the built copy, else (sources run by tests or ts tooling before a build) the installed
 * package's file; undefined when neither is there.
 */
export function webChatBundle(): string | undefined {
  return [BUILT_WEB_CHAT_BUNDLE, INSTALLED_WEB_CHAT_BUNDLE].find((file) => fs.existsSync(file));
}

/** The bundle served at /webchat.js (its path even when missing, for messages). */
export const WEB_CHAT_BUNDLE = webChatBundle() ?? BUILT_WEB_CHAT_BUNDLE;

const MISSING_BUNDLE = `the Web Chat bundle is missing (${BUILT_WEB_CHAT_BUNDLE}); run \`npm run build\` with dev dependencies installed, which copies it there`;

/** The website page: Web Chat from the installed package (no CDN), its config, and the Azure token exchange. */
export function registerWebPage(server: restify.Server, options: WebPageOptions): void {
  const assets = new Assets();
  // Said once at start-up, where whoever deployed will look, not only to the visitor of a broken page.
  if (!fs.existsSync(WEB_CHAT_BUNDLE)) process.stderr.write(`Warning: ${MISSING_BUNDLE}\n`);
  const webDir = fromRoot('web');
  const limiter = new RateLimiter(options.tokenRateLimitPerMinute ?? 10);
  const directLineUrl = (options.directLineUrl ?? 'https://directline.botframework.com').replace(/\/+$/, '');
  const doFetch = options.fetchImpl ?? fetch;

  /** The file behind a URL the page links to, or undefined. */
  const fileFor = (url: string): string | undefined => {
    if (url === '/webchat.js') return WEB_CHAT_BUNDLE;
    const name = /^\/web\/([a-z0-9-]+\.(?:js|css|svg|png|ico))$/i.exec(url)?.[1];
    return name ? path.join(webDir, name) : undefined;
  };

  /** index.html with each local link versioned by content, so those files can be cached for good. */
  let versionedPage: Asset | undefined;
  const page = (): Asset | undefined => {
    if (versionedPage) return versionedPage;
    const html = assets.get(path.join(webDir, 'index.html'));
    if (!html) return undefined;
    const versioned = html.raw.toString('utf8').replace(/(src|href)="(\/[^"?#]+)"/g, (whole, attribute: string, url: string) => {
      const file = fileFor(url);
      const asset = file ? assets.get(file) : undefined;
      return asset ? `${attribute}="${url}?v=${asset.version}"` : whole;
    });
    versionedPage = makeAsset('index.html', Buffer.from(versioned, 'utf8'));
    return versionedPage;
  };

  server.get('/', async (req, res) => {
    const asset = page();
    if (!asset) {
      res.json(500, { error: 'the web page is missing' });
      return;
    }
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('referrer-policy', 'no-referrer');
    await send(req, res, assets, 'index.html', asset, 'no-cache');
  });

  const serveFile = async (req: restify.Request, res: restify.Response, url: string): Promise<void> => {
    const file = fileFor(url);
    const asset = file ? assets.get(file) : undefined;
    if (!file || !asset) {
      if (file === WEB_CHAT_BUNDLE) res.json(500, { error: MISSING_BUNDLE });
      else res.json(404, { error: 'not found' });
      return;
    }
    const pinned = (req.query as Record<string, unknown> | undefined)?.v === asset.version;
    await send(req, res, assets, file, asset, pinned ? `public, max-age=${ONE_YEAR}, immutable` : 'no-cache');
  };
  server.get('/webchat.js', async (req, res) => serveFile(req, res, '/webchat.js'));
  server.get('/web/:file', async (req, res) => serveFile(req, res, `/web/${String(req.params.file)}`));

  server.get('/api/webchat/config', (_req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    const mode = options.directLineSecret ? 'azure' : options.embedded === false ? 'unavailable' : 'embedded';
    res.json(200, { mode, defaultLocale: options.defaultLocale, playbook: options.playbook ?? null });
    return next();
  });

  /** Azure's token for a user id the server picks, so a page cannot pose as another user. */
  const azureToken = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
    const userId = `dl_${randomBytes(12).toString('hex')}`;
    try {
      const response = await doFetch(`${directLineUrl}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.directLineSecret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) return { status: 502, body: { error: `Direct Line answered ${response.status}` } };
      const body = (await response.json()) as { token?: unknown; conversationId?: unknown; expires_in?: unknown };
      if (typeof body.token !== 'string') return { status: 502, body: { error: 'Direct Line sent no token' } };
      return { status: 200, body: { token: body.token, conversationId: body.conversationId, expires_in: body.expires_in, userId } };
    } catch {
      return { status: 502, body: { error: 'Direct Line could not be reached' } };
    }
  };

  server.post('/api/directline/token', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (!options.directLineSecret) {
      res.json(404, { error: 'DIRECT_LINE_SECRET is not set; the page uses the embedded Direct Line' });
    } else if (!limiter.allow(clientAddress(req, options.trustProxy))) {
      res.header('Retry-After', '60');
      res.json(429, { error: 'too many token requests; try again in a minute' });
    } else {
      const { status, body } = await azureToken();
      res.json(status, body);
    }
  });
}
