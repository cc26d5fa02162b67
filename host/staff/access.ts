import { createHmac } from 'crypto';
import * as restify from 'restify';
import { isLoopbackAddress, isLoopbackHostname } from '../../channels/addresses';
import { sameSecret } from '../../channels/secrets';
import { queryOf } from './requests';

function bearer(header: string | undefined): string | undefined {
  return /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')?.[1];
}

function signature(apiKey: string, id: string, expires: string): string {
  return createHmac('sha256', apiKey).update(`transcript\n${id}\n${expires}`).digest('base64url');
}

/**
 * A link to one transcript that a browser can open from a Teams card, where no Authorization header can be
 * added: signed with the staff key and valid until `expiresAt`. Without a key the API is loopback-only and
 * the link is plain.
 */
export function transcriptLink(baseUrl: string, id: string, apiKey: string | undefined, expiresAt: Date): string {
  const url = new URL(`/api/handoffs/${encodeURIComponent(id)}/transcript`, baseUrl);
  if (apiKey) {
    const expires = String(Math.floor(expiresAt.getTime() / 1000));
    url.searchParams.set('expires', expires);
    url.searchParams.set('sig', signature(apiKey, id, expires));
  }
  return url.toString();
}

function validSignature(apiKey: string, id: string, query: Record<string, unknown>, now: Date): boolean {
  const { expires, sig } = query;
  if (typeof expires !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(expires)) return false;
  if (Number(expires) * 1000 < now.getTime()) return false;
  return sameSecret(sig, signature(apiKey, id, expires));
}

export type Refusal = { status: number; error: string };

function header(req: restify.Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** The Host header names this machine: a DNS-rebinding page reaches 127.0.0.1 under its own name. */
function loopbackHost(req: restify.Request): boolean {
  const host = header(req, 'host');
  if (!host) return false;
  try {
    return isLoopbackHostname(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/**
 * A browser request made by another site's page (fetch, form post): such a page must not drive the API
 * with the rep's network position or cookies. Top-level GET navigations stay allowed, since the signed
 * transcript link is opened from a Teams card and the navigating page cannot read the answer.
 */
export function crossSite(req: restify.Request): Refusal | undefined {
  const site = header(req, 'sec-fetch-site')?.toLowerCase();
  const navigation = (req.method === 'GET' || req.method === 'HEAD') && header(req, 'sec-fetch-mode')?.toLowerCase() === 'navigate';
  if ((site === 'cross-site' || site === 'same-site') && !navigation) return { status: 403, error: 'cross-site requests are not accepted' };
  const origin = header(req, 'origin');
  if (origin === undefined) return undefined;
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  if (!originHost || originHost !== (header(req, 'host') ?? '').toLowerCase()) return { status: 403, error: 'cross-origin requests are not accepted' };
  return undefined;
}

/** A POST body must be JSON: text/plain and form posts are what a foreign page can send without a preflight. */
export function notJson(req: restify.Request): Refusal | undefined {
  if (req.method !== 'POST' && req.method !== 'PATCH') return undefined;
  const length = Number(header(req, 'content-length') ?? 0);
  const chunked = header(req, 'transfer-encoding') !== undefined;
  if (length === 0 && !chunked) return undefined;
  const type = (header(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' ? undefined : { status: 415, error: 'the body must be application/json' };
}

/**
 * Who may call: with STAFF_API_KEY the bearer key (or, for a transcript, a valid signed link); without one
 * only this machine, addressed by a loopback name, and never through a proxy.
 */
export function staffRefusal(req: restify.Request, apiKey: string | undefined, remoteAddress: string | undefined, signedFor?: string): Refusal | undefined {
  if (apiKey) {
    const given = bearer(req.headers.authorization);
    if (given !== undefined && sameSecret(given, apiKey)) return undefined;
    if (signedFor !== undefined && validSignature(apiKey, signedFor, queryOf(req), new Date())) return undefined;
    return { status: 401, error: 'a valid "Authorization: Bearer <STAFF_API_KEY>" header is required' };
  }
  // A proxy on this machine would make every outside caller look local, so forwarded requests are outsiders.
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  if (forwarded || !isLoopbackAddress(remoteAddress)) {
    return { status: 401, error: 'STAFF_API_KEY is not set, so the staff API answers only requests from this machine' };
  }
  if (!loopbackHost(req)) return { status: 421, error: 'STAFF_API_KEY is not set, so the staff API answers only requests addressed to localhost or 127.0.0.1' };
  return undefined;
}
