import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import * as restify from 'restify';
import { fromRoot } from '../paths';
import { Locale } from '../domain/types';

export interface WebPageOptions {
  /** Azure mode: the server exchanges this secret for a Direct Line token; it never reaches the browser. */
  directLineSecret?: string;
  tokenRateLimitPerMinute?: number;
  defaultLocale: Locale;
  playbook?: string;
  /** Azure's Direct Line base URL; injectable so tests can stand in for Azure on loopback. */
  directLineUrl?: string;
  fetchImpl?: typeof fetch;
}

interface Asset {
  type: string;
  raw: Buffer;
  gzip?: Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Files served as they are; compressed once, on first request, and kept. */
class Assets {
  private readonly cache = new Map<string, Asset>();

  get(file: string): Asset | undefined {
    let asset = this.cache.get(file);
    if (!asset) {
      if (!fs.existsSync(file)) return undefined;
      const raw = fs.readFileSync(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      asset = { type, raw, gzip: type.startsWith('image/png') ? undefined : zlib.gzipSync(raw, { level: 9 }) };
      this.cache.set(file, asset);
    }
    return asset;
  }
}

/** A small token bucket per address: the token endpoint costs us a call to Azure. */
class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number) {}

  allow(key: string): boolean {
    const now = Date.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60000) * this.perMinute);
    bucket.at = now;
    if (this.buckets.size > 10000) this.buckets.clear();
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

function send(req: restify.Request, res: restify.Response, asset: Asset, cacheSeconds: number): void {
  const gzip = asset.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.setHeader('content-type', asset.type);
  res.setHeader('cache-control', cacheSeconds ? `public, max-age=${cacheSeconds}` : 'no-cache');
  res.setHeader('x-content-type-options', 'nosniff');
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('vary', 'accept-encoding');
  res.sendRaw(200, gzip ? (asset.gzip as Buffer) : asset.raw);
}

/** The website page: Web Chat from the installed package (no CDN), its config, and the Azure token exchange. */
export function registerWebPage(server: restify.Server, options: WebPageOptions): void {
  const assets = new Assets();
  const webDir = fromRoot('web');
  const webChat = fromRoot('node_modules', 'botframework-webchat', 'dist', 'webchat.js');
  const limiter = new RateLimiter(options.tokenRateLimitPerMinute ?? 10);
  const directLineUrl = options.directLineUrl ?? 'https://directline.botframework.com';
  const doFetch = options.fetchImpl ?? fetch;

  server.get('/', (req, res, next) => {
    const page = assets.get(path.join(webDir, 'index.html'));
    if (page) send(req, res, page, 0);
    else res.json(500, { error: 'the web page is missing' });
    return next();
  });

  server.get('/web/:file', (req, res, next) => {
    const name = String(req.params.file);
    const asset = /^[a-z0-9-]+\.(js|css|png|svg)$/i.test(name) ? assets.get(path.join(webDir, name)) : undefined;
    if (asset) send(req, res, asset, 300);
    else res.json(404, { error: 'not found' });
    return next();
  });

  server.get('/webchat.js', (req, res, next) => {
    const asset = assets.get(webChat);
    if (asset) send(req, res, asset, 86400);
    else res.json(500, { error: 'botframework-webchat is not installed' });
    return next();
  });

  server.get('/api/webchat/config', (_req, res, next) => {
    res.json(200, { mode: options.directLineSecret ? 'azure' : 'embedded', defaultLocale: options.defaultLocale, playbook: options.playbook ?? null });
    return next();
  });

  server.post('/api/directline/token', async (req, res) => {
    if (!options.directLineSecret) return res.json(404, { error: 'DIRECT_LINE_SECRET is not set; the page uses the embedded Direct Line' });
    if (!limiter.allow(req.socket.remoteAddress ?? 'unknown')) {
      res.header('Retry-After', '60');
      return res.json(429, { error: 'too many token requests; try again in a minute' });
    }
    // The server picks the user id and binds the token to it, so a page cannot pose as another user.
    const userId = `dl_${randomBytes(12).toString('hex')}`;
    try {
      const response = await doFetch(`${directLineUrl}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.directLineSecret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
      });
      if (!response.ok) return res.json(502, { error: `Direct Line answered ${response.status}` });
      const body = (await response.json()) as { token?: string; conversationId?: string; expires_in?: number };
      return res.json(200, { token: body.token, conversationId: body.conversationId, expires_in: body.expires_in, userId });
    } catch {
      return res.json(502, { error: 'Direct Line could not be reached' });
    }
  });
}
