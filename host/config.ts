import * as path from 'path';
import { Locale } from '../domain/types';
import { StaffAccess } from '../services/staffAccess';

export type StorageKind = 'lowdb' | 'blobs' | 'memory';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  appId: string;
  appPassword: string;
  appType: string;
  appTenantId: string;
  /** No app id: channel authentication is off, so the bot must only ever talk to loopback. */
  localMode: boolean;
  staffApiKey: string;
  storage: StorageKind;
  azureConnectionString: string;
  azureContainer: string;
  /** HANDOFF_TABLE: the Azure table of handoff records when STORAGE=blobs. */
  handoffTable: string;
  directLineSecret: string;
  defaultLocale: Locale;
  production: boolean;
  /** TRUST_PROXY: X-Forwarded-For names the client only when a reverse proxy of ours is in front. */
  trustProxy: boolean;
  /** ALLOW_UNAUTHENTICATED_LAN: listen beyond loopback without channel authentication (a lab only). */
  allowUnauthenticatedLan: boolean;
  /** Who counts as staff for staff commands and card actions (Teams only, never Web Chat or Direct Line). */
  staff: StaffAccess;
}


export class ConfigError extends Error {}

function pick(env: NodeJS.ProcessEnv, name: string): string {
  return (env[name] ?? '').trim();
}

function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

function list(env: NodeJS.ProcessEnv, name: string): string[] {
  return pick(env, name).split(',').map((item) => item.trim()).filter(Boolean);
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const text = pick(env, name).toLowerCase();
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true' || text === '1') return true;
  throw new ConfigError(`${name} must be "true" or "false", got "${pick(env, name)}"`);
}

/**
 * Reads the settings of CONTRACT.md. Throws ConfigError with a message a person can act on; the caller
 * decides whether that ends the process.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const appId = pick(env, 'MicrosoftAppId');
  const localMode = appId === '';
  const production = pick(env, 'NODE_ENV') === 'production';
  if (production && localMode) {
    throw new ConfigError(
      'NODE_ENV=production needs Bot Framework credentials: set MicrosoftAppId and MicrosoftAppPassword ' +
        '(without them channel authentication is off and anyone could drive the bot).',
    );
  }

  const portText = pick(env, 'PORT') || '3978';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be 0-65535, got "${portText}"`);

  const storageText = (pick(env, 'STORAGE') || 'lowdb').toLowerCase();
  // The in-memory store loses everything on restart: only the benchmark and tests may ask for it.
  const memoryAllowed = ['bench', 'test'].includes(pick(env, 'NODE_ENV'));
  if (storageText !== 'lowdb' && storageText !== 'blobs' && !(storageText === 'memory' && memoryAllowed)) {
    throw new ConfigError(`STORAGE must be "lowdb" or "blobs", got "${storageText}"`);
  }
  const storage: StorageKind = storageText;
  const azureConnectionString = pick(env, 'AZURE_STORAGE_CONNECTION_STRING');
  const azureContainer = pick(env, 'AZURE_STORAGE_CONTAINER');
  if (storage === 'blobs' && (!azureConnectionString || !azureContainer)) {
    throw new ConfigError('STORAGE=blobs needs AZURE_STORAGE_CONNECTION_STRING and AZURE_STORAGE_CONTAINER');
  }

  const handoffTable = pick(env, 'HANDOFF_TABLE') || 'handoffs';
  if (!/^[A-Za-z][A-Za-z0-9]{2,62}$/.test(handoffTable)) throw new ConfigError(`HANDOFF_TABLE must be 3-63 letters and digits, starting with a letter, got "${handoffTable}"`);

  const trustProxy = flag(env, 'TRUST_PROXY');
  const allowUnauthenticatedLan = flag(env, 'ALLOW_UNAUTHENTICATED_LAN');

  const localeText = pick(env, 'DEFAULT_LOCALE') || 'zh-CN';
  if (localeText !== 'en' && localeText !== 'zh-CN') throw new ConfigError(`DEFAULT_LOCALE must be "en" or "zh-CN", got "${localeText}"`);

  const host = pick(env, 'HOST') || (localMode ? '127.0.0.1' : '0.0.0.0');
  if (localMode && !isLoopbackHost(host) && !allowUnauthenticatedLan) {
    throw new ConfigError(
      `HOST=${host} without MicrosoftAppId would let anyone on the network drive the bot with no channel ` +
        'authentication. Set MicrosoftAppId and MicrosoftAppPassword, listen on 127.0.0.1, or set ' +
        'ALLOW_UNAUTHENTICATED_LAN=true for a lab network.',
    );
  }

  return {
    port,
    host,
    dataDir: path.resolve(root, pick(env, 'DATA_DIR') || './data/store'),
    appId,
    appPassword: pick(env, 'MicrosoftAppPassword'),
    appType: pick(env, 'MicrosoftAppType') || 'MultiTenant',
    appTenantId: pick(env, 'MicrosoftAppTenantId'),
    localMode,
    staffApiKey: pick(env, 'STAFF_API_KEY'),
    storage,
    azureConnectionString,
    azureContainer,
    handoffTable,
    directLineSecret: pick(env, 'DIRECT_LINE_SECRET'),
    defaultLocale: localeText,
    production,
    trustProxy,
    allowUnauthenticatedLan,
    staff: {
      tenantId: pick(env, 'STAFF_TEAMS_TENANT_ID'),
      teamIds: list(env, 'STAFF_TEAMS_TEAM_IDS'),
      channelIds: list(env, 'STAFF_TEAMS_CHANNEL_IDS'),
      aadObjectIds: list(env, 'STAFF_AAD_OBJECT_IDS'),
    },
  };
}

/** What the Teams app package needs: the bot's app id and the publisher's details Teams shows to users. */
export interface TeamsAppSettings {
  botId: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function httpsUrl(env: NodeJS.ProcessEnv, name: string, missing: string[]): string {
  const value = pick(env, name);
  if (!value) {
    missing.push(name);
    return '';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an https:// URL, got "${value}"`);
  }
  if (url.protocol !== 'https:') throw new ConfigError(`${name} must be an https:// URL (Teams refuses others), got "${value}"`);
  return url.toString();
}

/**
 * The Teams package settings: MicrosoftAppId, TEAMS_DEVELOPER_NAME, TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL and
 * TEAMS_TERMS_URL. Throws ConfigError naming every missing one; the app id is checked first, since without
 * it there is no bot for Teams to talk to.
 */
export function loadTeamsAppSettings(env: NodeJS.ProcessEnv = process.env): TeamsAppSettings {
  const botId = pick(env, 'MicrosoftAppId');
  if (!botId) throw new ConfigError('the Teams package needs MicrosoftAppId (the bot\'s Microsoft App ID from its Azure Bot registration); set it in .env or the environment');
  if (!GUID.test(botId)) throw new ConfigError(`MicrosoftAppId must be the bot's Microsoft App ID (a GUID) to build the Teams package; got "${botId}"`);
  const missing: string[] = [];
  const developerName = pick(env, 'TEAMS_DEVELOPER_NAME');
  if (!developerName) missing.push('TEAMS_DEVELOPER_NAME');
  if (developerName.length > 32) throw new ConfigError('TEAMS_DEVELOPER_NAME must be at most 32 characters (a Teams limit)');
  const websiteUrl = httpsUrl(env, 'TEAMS_WEBSITE_URL', missing);
  const privacyUrl = httpsUrl(env, 'TEAMS_PRIVACY_URL', missing);
  const termsUrl = httpsUrl(env, 'TEAMS_TERMS_URL', missing);
  if (missing.length) throw new ConfigError(`the Teams package shows the publisher to users; set ${missing.join(', ')}`);
  return { botId, developerName, websiteUrl, privacyUrl, termsUrl };
}
