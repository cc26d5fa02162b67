import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadPlaybooks, Playbook } from '../../domain/playbook';
import { loadNeedCatalogues, matchNeed, nameNeed, synthesise } from '../../domain/synthesis';
import { emptyProfile, Locale } from '../../domain/types';
import { synthesisContext } from '../../services/handoff/format';

const PLAYBOOKS = loadPlaybooks();
const NOW = new Date('2026-11-23T10:00:00+08:00');

describe('the need catalogues in data/needs', () => {
  const catalogues = loadNeedCatalogues(PLAYBOOKS);

  it.each(['fruit', 'broadband', 'baijiu', 'cleaning', 'training', 'general'])('%s has a catalogue that validates', (id) => {
    const catalogue = catalogues.get(id);
    expect(catalogue?.needs.length).toBeGreaterThanOrEqual(3);
    for (const need of catalogue?.needs ?? []) {
      expect(need.name.en).not.toBe(need.name['zh-CN']);
      expect(need.offers.length).toBeGreaterThan(0);
    }
  });

  function broken(content: object): () => void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'needs-'));
    fs.writeFileSync(path.join(dir, 'fruit.json'), JSON.stringify(content));
    return () => loadNeedCatalogues(PLAYBOOKS, dir);
  }
  const need = { id: 'x', name: { en: 'X', 'zh-CN': '某' }, description: { en: 'X', 'zh-CN': '某' }, offers: [{ en: 'x', 'zh-CN': '某' }] };

  it('reports a missing translation with the file and the place', () => {
    expect(broken({ playbook: 'fruit', needs: [{ ...need, name: { en: 'X' } }] })).toThrow(/fruit\.json: \/needs\/0\/name must have required property 'zh-CN'/);
  });

  it('reports a criterion or latent rule the playbook does not have', () => {
    expect(broken({ playbook: 'fruit', needs: [{ ...need, criteria: ['warranty'] }] })).toThrow(/unknown criterion "warranty"/);
    expect(broken({ playbook: 'fruit', needs: [{ ...need, latentRules: ['wedding'] }] })).toThrow(/unknown latent rule "wedding"/);
  });

  it('reports a catalogue for a playbook that does not exist', () => {
    expect(broken({ playbook: 'pianos', needs: [need] })).toThrow(/unknown playbook "pianos"/);
  });
});

describe('naming the need', () => {
  const fruit = PLAYBOOKS.get('fruit') as Playbook;
  const catalogue = loadNeedCatalogues(PLAYBOOKS).get('fruit');

  it.each<[Locale, string, string, string]>([
    ['zh-CN', '给儿媳妇，她怀孕了', '孕期吃的好水果', '怀孕'],
    ['en', "for my daughter-in-law, she's pregnant", 'Good fruit for a pregnancy', 'pregnant'],
  ])('%s: the best match of the catalogue, and why', (locale, answer, name, reason) => {
    const profile = emptyProfile('fruit', locale);
    profile.answers.recipient = [{ quote: answer, turn: 2 }];
    profile.choices.taste = 'sour';
    const named = nameNeed(profile, fruit, catalogue, synthesisContext(locale, NOW));
    expect(named).toMatchObject({ name, source: 'catalogue', id: 'pregnancy-nutrition' });
    expect(named.reasons).toContain(reason);
  });

  it('nothing matches: no catalogue name is guessed', () => {
    const profile = emptyProfile('fruit', 'en');
    profile.answers.item = [{ quote: 'some plums', turn: 1 }];
    expect(matchNeed(profile, fruit, catalogue, (id) => id)).toBeUndefined();
  });

  /** Another engineer adds playbooks in parallel: one without a catalogue file still gets a need name and statement. */
  it.each<[Locale, string, string, string, string]>([
    ['en', 'I want a piano my daughter can practise on', 'because my daughter practises after 9 pm', 'Piano: your daughter practises after 9 pm', 'piano, because your daughter practises after 9 pm'],
    ['zh-CN', '想买一台钢琴', '因为女儿晚上九点后才能练琴', '钢琴：女儿晚上九点后才能练琴', '钢琴，因为女儿晚上九点后才能练琴'],
  ])('%s: a playbook with no catalogue: the name is built from the product and the motive', (locale, opening, why, name, statement) => {
    const piano: Playbook = { ...fruit, id: 'piano', match: { en: ['piano', 'upright piano'], 'zh-CN': ['钢琴'] }, areas: [{ id: 'item', kind: 'text' }], openingArea: 'item', norms: [], criteria: [] };
    const profile = emptyProfile('piano', locale);
    profile.answers.item = [{ quote: opening, turn: 1 }];
    profile.motives = [why];
    const result = synthesise(profile, piano, undefined, synthesisContext(locale, NOW));
    expect(result.need).toMatchObject({ name, source: 'generic' });
    expect(result.statement).toBe(statement);
  });
});
