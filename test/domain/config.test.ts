import * as path from 'path';
import { ConfigError, loadConfig } from '../../host/config';

describe('settings', () => {
  it('has the contract defaults', () => {
    const config = loadConfig({}, '/srv/tanxun');
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/tanxun', 'data/store'),
      localMode: true,
      storage: 'lowdb',
      defaultLocale: 'zh-CN',
      staffApiKey: '',
    });
  });

  it('listens on every interface once credentials are set', () => {
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).host).toBe('0.0.0.0');
    expect(loadConfig({ MicrosoftAppId: 'id', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('refuses production without credentials, saying what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId/);
    expect(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).production).toBe(true);
  });

  it('refuses to listen beyond loopback without channel authentication unless told it is a lab', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/ALLOW_UNAUTHENTICATED_LAN/);
    expect(() => loadConfig({ HOST: '192.168.1.20' })).toThrow(ConfigError);
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_LAN: 'true' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('reads the proxy and staff settings', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    const staff = loadConfig({ STAFF_TEAMS_TENANT_ID: 't1', STAFF_TEAMS_TEAM_IDS: 'a, b', STAFF_AAD_OBJECT_IDS: 'x' }).staff;
    expect(staff).toEqual({ tenantId: 't1', teamIds: ['a', 'b'], channelIds: [], aadObjectIds: ['x'] });
  });

  it.each([
    [{ TRUST_PROXY: 'yes please' }, /TRUST_PROXY/],
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ STORAGE: 'redis' }, /STORAGE/],
    [{ STORAGE: 'blobs' }, /AZURE_STORAGE_CONNECTION_STRING/],
    [{ DEFAULT_LOCALE: 'fr' }, /DEFAULT_LOCALE/],
  ])('rejects bad settings %p', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
