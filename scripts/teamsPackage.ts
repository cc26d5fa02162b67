import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { projectRoot } from '../domain/paths';

/**
 * Builds the zip a Teams admin uploads: the manifest with the bot id from the settings, and the icons.
 * Usage: npm run teams:package (reads MicrosoftAppId from the environment or .env).
 */
const ROOT = projectRoot();
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function buildTeamsPackage(botId: string, outDir = path.join(ROOT, 'teams', 'build')): Promise<string> {
  if (!GUID.test(botId)) {
    throw new Error(`MicrosoftAppId must be the bot's Microsoft App ID (a GUID) to build the Teams package; got "${botId || '(empty)'}"`);
  }
  const template = fs.readFileSync(path.join(ROOT, 'teams', 'manifest.template.json'), 'utf8');
  const manifest = template.split('${{BOT_ID}}').join(botId);
  JSON.parse(manifest);
  const zip = new JSZip();
  zip.file('manifest.json', manifest);
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, fs.readFileSync(path.join(ROOT, 'teams', icon)));
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'tanxun-teams.zip');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function main(): Promise<void> {
  const dotenv = await import('dotenv');
  dotenv.config({ path: path.join(ROOT, '.env'), quiet: true });
  try {
    const file = await buildTeamsPackage((process.env.MicrosoftAppId ?? '').trim());
    process.stdout.write(`Teams app package: ${file}\n`);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
