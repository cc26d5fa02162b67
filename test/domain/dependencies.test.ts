import * as fs from 'fs';
import * as path from 'path';
import { fromRoot } from '../../domain/paths';

/** Every relative module a TypeScript file imports or requires. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => path.resolve(path.dirname(file), m[1]));
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.[jt]s$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

test.each(['scripts', 'bot', 'dialogs'])('nothing in %s/ imports test code: the dependency runs from test/ to the rest', (folder) => {
  const testDir = fromRoot('test') + path.sep;
  const wrong = filesUnder(fromRoot(folder)).flatMap((file) => importsOf(file).filter((target) => target.startsWith(testDir)).map((target) => `${path.relative(fromRoot(), file)} -> ${path.relative(fromRoot(), target)}`));
  expect(wrong).toEqual([]);
});
