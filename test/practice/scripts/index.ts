import * as fs from 'fs';
import * as path from 'path';
import { PersonaScripts } from './types';

/** Every persona's scripts: one module per persona in this folder, exporting a PersonaScripts. */
function load(): PersonaScripts[] {
  const scripts: PersonaScripts[] = [];
  for (const file of fs.readdirSync(__dirname).filter((f) => /\.ts$/.test(f) && !['index.ts', 'types.ts'].includes(f)).sort()) {
    const module = require(path.join(__dirname, file)) as Record<string, PersonaScripts>;
    scripts.push(...Object.values(module).filter((v) => v && typeof v === 'object' && 'persona' in v));
  }
  return scripts;
}

export const SCRIPTS = load();
