import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { buildTeamsPackage } from '../../scripts/teamsPackage';
import { loadTeamsAppSettings } from '../../host/config';

function pngSize(buffer: Buffer): { width: number; height: number; colorType: number } {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), colorType: buffer[25] };
}

const botId = '6f1c9b2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
const ENV = {
  MicrosoftAppId: botId,
  TEAMS_DEVELOPER_NAME: 'Huadong "Trading"',
  TEAMS_WEBSITE_URL: 'https://sales.huadong.example/',
  TEAMS_PRIVACY_URL: 'https://sales.huadong.example/privacy',
  TEAMS_TERMS_URL: 'https://sales.huadong.example/terms',
};

describe('Teams app package', () => {
  it('holds the manifest with the bot id and publisher from the settings, its zh-CN localisation and both icons', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-teams-'));
    const file = await buildTeamsPackage(loadTeamsAppSettings(ENV), out);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'zh-CN.json']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(botId);
    expect(manifest.bots[0].botId).toBe(botId);
    expect(manifest.developer).toEqual({ name: 'Huadong "Trading"', websiteUrl: ENV.TEAMS_WEBSITE_URL, privacyUrl: ENV.TEAMS_PRIVACY_URL, termsOfUseUrl: ENV.TEAMS_TERMS_URL });
    expect(manifest.manifestVersion).toBe('1.19');
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'en', additionalLanguages: [{ languageTag: 'zh-CN', file: 'zh-CN.json' }] });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(JSON.stringify(manifest)).not.toContain('tanxun.example');

    // Every localised command exists in the manifest, and the Chinese titles are commands the bot knows.
    const zh = JSON.parse(await zip.file('zh-CN.json')!.async('string')) as Record<string, string>;
    const commands = manifest.bots[0].commandLists[0].commands as { title: string }[];
    const titles = Object.entries(zh).filter(([k]) => /^bots\[0\]\.commandLists\[0\]\.commands\[\d+\]\.title$/.test(k));
    expect(titles).toHaveLength(commands.length);
    const known = JSON.stringify(JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/commands.json'), 'utf8')));
    for (const [, title] of titles) expect(known.includes(JSON.stringify(title.split(' ')[0])) || title === 'English').toBe(true);
    expect(zh['name.short'].length).toBeLessThanOrEqual(30);
    expect(zh['description.short'].length).toBeLessThanOrEqual(80);

    expect(pngSize(await zip.file('color.png')!.async('nodebuffer'))).toMatchObject({ width: 192, height: 192 });
    const outline = pngSize(await zip.file('outline.png')!.async('nodebuffer'));
    expect(outline).toMatchObject({ width: 32, height: 32 });
    expect([4, 6]).toContain(outline.colorType);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it.each([
    ['no app id', { ...ENV, MicrosoftAppId: '' }, /needs MicrosoftAppId/],
    ['an app id that is not a GUID', { ...ENV, MicrosoftAppId: 'not-a-guid' }, /GUID/],
    ['no publisher', { MicrosoftAppId: botId }, /TEAMS_DEVELOPER_NAME, TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL/],
    ['a plain-http website', { ...ENV, TEAMS_WEBSITE_URL: 'http://sales.huadong.example' }, /https/],
  ])('refuses to build with %s', (_label, env, message) => {
    expect(() => loadTeamsAppSettings(env)).toThrow(message);
  });
});
