import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LowdbStorage, StoreCorruptError } from '../../storage/LowdbStorage';

/** Issue #12 items 7 and 9: temp files with personal data, and damaged files that passed for missing ones. */
const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-integrity-')));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Where steno (under lowdb) writes `file`'s next content before renaming it over `file`. */
function stenoTemp(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
}

describe('temp files left by killed writes', () => {
  it('are deleted when the store opens, and the items they shadow are untouched', async () => {
    const dir = tempDir();
    let storage = await LowdbStorage.open({ dir });
    await storage.write({ 'test/conversations/a/': { transcript: ['hello'] } });
    const file = storage.fileOf('test/conversations/a/');
    const orphan = stenoTemp(storage.fileOf('never/renamed'));
    await storage.close();
    fs.writeFileSync(stenoTemp(file), '{"key":"test/conversations/a/","eTag":"x","value":{"transcript":["my phone is 555"]}}');
    fs.mkdirSync(path.dirname(orphan), { recursive: true });
    fs.writeFileSync(orphan, '{"half": ');
    fs.writeFileSync(path.join(dir, '.store.json.tmp'), '{}');
    storage = await LowdbStorage.open({ dir });
    expect(fs.existsSync(stenoTemp(file))).toBe(false);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(path.join(dir, '.store.json.tmp'))).toBe(false);
    expect((await storage.read(['test/conversations/a/']))['test/conversations/a/']).toMatchObject({ transcript: ['hello'] });
    await storage.close();
  });

  it('are deleted with their key', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir });
    await storage.write({ 'test/conversations/b/': { transcript: ['hello'] } });
    const file = storage.fileOf('test/conversations/b/');
    fs.writeFileSync(stenoTemp(file), '{"transcript":["my email is a@b.c"]}');
    await storage.delete(['test/conversations/b/']);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(stenoTemp(file))).toBe(false);
    await storage.close();
  });
});

describe('a file that holds something other than a stored object', () => {
  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['a stored null value', '{"key":"k","eTag":"e","value":null}'],
  ])('is corrupt, not missing, when it holds %s: nothing is read as empty and nothing is overwritten', async (_what, text) => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir, cacheSize: 1 });
    await storage.write({ k: { transcript: ['kept'] } });
    fs.writeFileSync(storage.fileOf('k'), text);
    await storage.read(['other']);
    await expect(storage.read(['k'])).rejects.toThrow(StoreCorruptError);
    await expect(storage.write({ k: { transcript: [] } })).rejects.toThrow(StoreCorruptError);
    expect(fs.readFileSync(storage.fileOf('k'), 'utf8')).toBe(text);
    await storage.close();
  });

  it('names the key in the error and can be moved aside, after which the key reads as missing', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open({ dir, cacheSize: 1 });
    await storage.write({ k: { v: 1 } });
    fs.writeFileSync(storage.fileOf('k'), 'garbage');
    await storage.read(['other']);
    const error = await storage.read(['k']).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect((error as StoreCorruptError).key).toBe('k');
    const aside = await storage.moveAside('k');
    expect(aside).toMatch(/\.json\.corrupt-/);
    expect(fs.readFileSync(aside ?? '', 'utf8')).toBe('garbage');
    expect(await storage.read(['k'])).toEqual({});
    await storage.write({ k: { v: 2 } });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 2 });
    await storage.close();
  });

  it('stops the store at open when its own store.json holds null', async () => {
    const dir = tempDir();
    await (await LowdbStorage.open({ dir })).close();
    fs.writeFileSync(path.join(dir, 'store.json'), 'null');
    await expect(LowdbStorage.open({ dir })).rejects.toThrow(StoreCorruptError);
  });
});
