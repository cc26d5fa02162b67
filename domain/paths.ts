import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

/** The project root, found from sources (bot/, scripts/) and from the compiled tree (dist/...) alike. */
export function projectRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && fs.existsSync(path.join(dir, 'locales'))) return (root = dir);
    if (path.dirname(dir) === dir) throw new Error(`project root not found above ${__dirname}`);
  }
}

export function fromRoot(...parts: string[]): string {
  return path.join(projectRoot(), ...parts);
}
