import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { projectRoot } from '../domain/paths';
import { loadTeamsAppSettings, TeamsAppSettings } from '../host/config';

/**
 * Builds the zip a Teams admin uploads: the manifest with the bot id and the publisher's details from the
 * settings, its Chinese localisation, and the icons.
 * Usage: npm run teams:package (reads MicrosoftAppId and TEAMS_* from the environment or .env).
 */
const ROOT = projectRoot();
const LOCALIZATION_DIR = path.join(ROOT, 'teams', 'localization');

/** A value placed inside a JSON string of the template, escaped as JSON. */
function jsonText(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

export function renderManifest(settings: TeamsAppSettings): string {
  const template = fs.readFileSync(path.join(ROOT, 'teams', 'manifest.template.json'), 'utf8');
  const values: Record<string, string> = {
    BOT_ID: settings.botId,
    DEVELOPER_NAME: settings.developerName,
    WEBSITE_URL: settings.websiteUrl,
    PRIVACY_URL: settings.privacyUrl,
    TERMS_URL: settings.termsUrl,
  };
  const manifest = template.replace(/\$\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`teams/manifest.template.json has an unknown placeholder ${placeholder}`);
    return jsonText(values[name]);
  });
  JSON.parse(manifest);
  return manifest;
}

export async function buildTeamsPackage(settings: TeamsAppSettings, outDir = path.join(ROOT, 'teams', 'build')): Promise<string> {
  const manifest = renderManifest(settings);
  const zip = new JSZip();
  zip.file('manifest.json', manifest);
  const languages = (JSON.parse(manifest) as { localizationInfo?: { additionalLanguages?: { file: string }[] } }).localizationInfo?.additionalLanguages ?? [];
  for (const { file } of languages) {
    const text = fs.readFileSync(path.join(LOCALIZATION_DIR, path.basename(file)), 'utf8');
    JSON.parse(text);
    zip.file(file, text);
  }
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
    const file = await buildTeamsPackage(loadTeamsAppSettings(process.env));
    process.stdout.write(`Teams app package: ${file}\n`);
  } catch (err) {
    process.stderr.write(`Cannot build the Teams package: ${(err as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
