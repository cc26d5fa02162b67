import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { buildTeamsPackage } from '../../scripts/teamsPackage';

function pngSize(buffer: Buffer): { width: number; height: number; colorType: number } {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), colorType: buffer[25] };
}

describe('Teams app package', () => {
  const botId = '6f1c9b2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';

  it('holds the manifest with the bot id from the settings and both icons at Teams sizes', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-teams-'));
    const file = await buildTeamsPackage(botId, out);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(botId);
    expect(manifest.bots[0].botId).toBe(botId);
    expect(manifest.manifestVersion).toBe('1.19');
    expect(manifest.bots[0].scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(pngSize(await zip.file('color.png')!.async('nodebuffer'))).toMatchObject({ width: 192, height: 192 });
    const outline = pngSize(await zip.file('outline.png')!.async('nodebuffer'));
    expect(outline).toMatchObject({ width: 32, height: 32 });
    expect([4, 6]).toContain(outline.colorType);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('refuses to build without a real app id', async () => {
    await expect(buildTeamsPackage('')).rejects.toThrow(/MicrosoftAppId/);
    await expect(buildTeamsPackage('not-a-guid')).rejects.toThrow(/GUID/);
  });
});
