import { isIP } from 'net';

/**
 * Hosts of the Bot Framework channel services (public, US government and China clouds, and Teams incl.
 * GCC/GCC High/DoD). Only smba.trafficmanager.net of trafficmanager.net: any Azure customer can name a
 * host under that domain, so the whole suffix would let a forged activity pick the reply target.
 */
const CHANNEL_HOST_SUFFIXES = ['.botframework.com', '.botframework.azure.us', '.botframework.azure.cn', '.teams.microsoft.com', '.teams.microsoft.us'];
const CHANNEL_HOSTS = ['smba.trafficmanager.net'];

function parsed(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length > 2048) return undefined;
  try {
    const value = new URL(url);
    // user:password@ in a reply URL only ever serves to disguise the host.
    return value.username || value.password ? undefined : value;
  } catch {
    return undefined;
  }
}

export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * May the bot send replies to this serviceUrl? Without credentials (local mode) nothing authenticates the
 * caller, so only this machine (http or https on loopback); with credentials only Bot Framework channels
 * over https.
 */
export function isAllowedServiceUrl(url: unknown, localMode: boolean): boolean {
  const value = parsed(url);
  if (!value) return false;
  if (localMode) return (value.protocol === 'http:' || value.protocol === 'https:') && isLoopbackHostname(value.hostname);
  if (value.protocol !== 'https:') return false;
  const host = value.hostname.toLowerCase();
  return CHANNEL_HOSTS.includes(host) || CHANNEL_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** A reply URL on this machine: what local mode (no credentials) accepts. */
export function isLoopbackUrl(url: string): boolean {
  return isAllowedServiceUrl(url, true);
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address);
}
