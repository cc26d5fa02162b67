import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadPlaybooks } from '../../domain/playbook';
import { loadMotives } from '../../domain/latent';
import { loadPersonas, REVEALS } from '../../domain/practice/persona';
import { NEED_AREAS } from '../../domain/practice/classify';
import { validateDataFile } from '../../domain/schemas';
import { fromRoot } from '../../domain/paths';

type Json = Record<string, unknown>;

function readJson(...parts: string[]): Json {
  return JSON.parse(fs.readFileSync(fromRoot(...parts), 'utf8')) as Json;
}

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A folder holding one data file, changed by `edit`: the loaders read whole folders. */
function folderWith(name: string, data: Json, edit: (data: Json) => void): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-schema-'));
  folders.push(dir);
  const copy = structuredClone(data);
  edit(copy);
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(copy));
  return { dir, file };
}

const playbook = readJson('data', 'playbooks', 'fruit.json');
const persona = readJson('data', 'personas', 'plums.json');
const at = <T>(value: unknown, index: number): T => (value as T[])[index];

describe('playbook files are checked against data/schemas/playbook.schema.json', () => {
  test.each<[string, (pb: Json) => void, RegExp]>([
    ['an unknown area kind', (pb) => (at<Json>(pb.areas, 0).kind = 'colour'), /: \/areas\/0\/kind must be equal to one of the allowed values \(text, money, date, quantity, decision, criteria, alternatives, choice\)/],
    ['a word list without Chinese', (pb) => delete (at<Json>(pb.areas, 0).signals as Json)['zh-CN'], /: \/areas\/0\/signals must have required property 'zh-CN' \(needs "en" and "zh-CN" word lists\)/],
    ['a choice area with one option', (pb) => (at<Json>(pb.areas, 1).options as unknown[]).splice(1), /: \/areas\/1\/options must NOT have fewer than 2 items \(a choice area needs two or more options\)/],
    ['an id in capitals', (pb) => (pb.id = 'Fruit'), /: \/id must match pattern .* \(the id must be lower-case letters, digits and dashes\)/],
    ['a misspelt key', (pb) => (pb.openingAera = 'item'), /: \/ must NOT have additional properties \("openingAera"\)/],
    ['maxWhys above three', (pb) => ((pb.vertical as Json).maxWhys = 5), /: \/vertical\/maxWhys must be <= 3/],
    ['motive rules left in a playbook (they live in data/motives)', (pb) => (pb.latentRules = []), /: \/ must NOT have additional properties \("latentRules"\)/],
  ])('%s is reported with the file and the place', (_name, edit, message) => {
    const { dir, file } = folderWith('general.json', playbook, edit);
    expect(() => loadPlaybooks(dir)).toThrow(message);
    expect(() => loadPlaybooks(dir)).toThrow(`${file}: /`);
  });

  test('a norm naming an unknown area is still caught by the cross-reference check', () => {
    const { dir, file } = folderWith('general.json', playbook, (pb) => (at<Json>(pb.norms, 0).area = 'colour'));
    expect(() => loadPlaybooks(dir)).toThrow(`${file}: norm "taste-sweet" names unknown area "colour"`);
  });

  test('every shipped playbook passes', () => {
    expect([...loadPlaybooks().keys()].sort()).toEqual(['baijiu', 'broadband', 'cleaning', 'clinic', 'fruit', 'general', 'hardware', 'photography', 'pos', 'training', 'tutoring', 'wholesale']);
  });
});

describe('persona files are checked against data/schemas/persona.schema.json', () => {
  test.each<[string, (p: Json) => void, RegExp]>([
    ['an unknown reveal', (p) => (at<Json>(p.facts, 0).reveal = 'secret'), /: \/facts\/0\/reveal must be equal to one of the allowed values \(public, open, describe, why, impact-unsolved, impact-solved\)/],
    ['an unknown cue', (p) => (at<Json>(p.areas, 0).cues = ['colour']), /: \/areas\/0\/cues\/0 must be equal to one of the allowed values/],
    ['no motive', (p) => (p.facts as Json[]).forEach((f) => delete f.motive), /: \/facts must contain at least 1 valid item\(s\) \(list the persona's facts, one of them the motive \("motive": true\)\)/],
    ['a public fact without an area', (p) => delete at<Json>(p.facts, 0).area, /: \/facts\/0 must have required property 'area'/],
    ['names without English', (p) => delete (p.names as Json).en, /: \/names must have required property 'en'/],
    ['a latent need without an offer', (p) => delete (p.latent as Json).offer, /: \/latent must have required property 'offer'/],
    ['one area only', (p) => (p.areas as unknown[]).splice(1), /: \/areas must NOT have fewer than 2 items/],
  ])('%s is reported with the file and the place', (_name, edit, message) => {
    const { dir, file } = folderWith('plums.json', persona, edit);
    expect(() => loadPersonas(dir)).toThrow(message);
    expect(() => loadPersonas(dir)).toThrow(`${file}: /`);
  });

  test('a fact naming an unknown fact is still caught by the cross-reference check', () => {
    const { dir, file } = folderWith('plums.json', persona, (p) => (at<Json>(p.facts, 1).after = ['nothing']));
    expect(() => loadPersonas(dir)).toThrow(`${file}: fact "${at<Json>(persona.facts, 1).id as string}" names unknown fact "nothing"`);
  });

  test('the schema lists the same cues and reveals as the code', () => {
    const schema = readJson('data', 'schemas', 'persona.schema.json') as { properties: Record<string, { items: { properties: Record<string, { enum?: string[]; items?: { enum: string[] } }> } }> };
    expect(schema.properties.areas.items.properties.cues.items?.enum).toEqual([...NEED_AREAS]);
    expect(schema.properties.facts.items.properties.reveal.enum).toEqual([...REVEALS]);
  });
});

test('data/commands.json passes its schema, and a phrase list of the wrong type is reported', () => {
  const commands = readJson('data', 'commands.json');
  expect(() => validateDataFile('commands', 'commands.json', commands)).not.toThrow();
  const broken = structuredClone(commands);
  (broken.help as Json).exact = { en: 'help', 'zh-CN': ['帮助'] };
  expect(() => validateDataFile('commands', 'commands.json', broken)).toThrow(/^commands\.json: \/help\/exact\/en must be array/);
});

describe('motive files are checked against data/schemas/motives.schema.json', () => {
  const fruit = readJson('data', 'motives', 'fruit.json');
  const general = readJson('data', 'motives', 'general.json');
  const ids = ['baijiu', 'broadband', 'cleaning', 'fruit', 'general', 'training'];
  test.each<[string, string, Json, (m: Json) => void, RegExp]>([
    ['a rule without words', 'fruit.json', fruit, (m) => delete at<Json>(m.rules, 0).words, /: \/rules\/0 must have required property 'words'/],
    ['a rule without Chinese words', 'fruit.json', fruit, (m) => delete (at<Json>(m.rules, 0).words as Json)['zh-CN'], /: \/rules\/0\/words must have required property 'zh-CN'/],
    ['a misspelt key', 'fruit.json', fruit, (m) => (at<Json>(m.rules, 0).ofer = 'kiwi'), /: \/rules\/0 must NOT have additional properties \("ofer"\)/],
    ['a general rule without its reason', 'general.json', general, (m) => delete at<Json>(m.rules, 0).general, /general rule "short-supply" needs "general"/],
    ['a domain rule marked general', 'fruit.json', fruit, (m) => (at<Json>(m.rules, 0).general = 'true for everyone, surely'), /rule "pregnancy" is marked general outside the general playbook/],
    ['an unknown playbook', 'fruit.json', fruit, (m) => (m.playbook = 'fruits'), /names unknown playbook "fruits"/],
  ])('%s is reported with the file', (_name, fileName, data, edit, message) => {
    const { dir, file } = folderWith(fileName, data, edit);
    expect(() => loadMotives(ids, dir)).toThrow(message);
    expect(() => loadMotives(ids, dir)).toThrow(file);
  });

  test('every shipped motives file passes, one per playbook', () => {
    expect([...loadMotives(ids).keys()].sort()).toEqual(ids);
  });
});
