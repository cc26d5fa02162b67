import * as fs from 'fs';
import * as path from 'path';
import { emptyProfile } from '../../domain/types';
import { buildNeedDefinition, validateNeedDefinition } from '../../services/handoff/needDefinition';
import { meta, richProfile } from './fixtures';

const ROOT = path.resolve(__dirname, '../..');

type Schema = { required?: string[]; properties?: Record<string, Schema>; items?: Schema; [key: string]: unknown };

/** Every rule of the shared schema is kept in the shipped one: only new optional properties may be added. */
function extendsSchema(shipped: Schema, shared: Schema, at = '#'): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(shared)) {
    if (key === 'properties' || key === 'items' || key === 'definitions' || key === 'description') continue;
    if (JSON.stringify(shipped[key]) !== JSON.stringify(value)) problems.push(`${at}/${key} changed`);
  }
  for (const [name, inner] of Object.entries(shared.properties ?? {})) {
    const mine = shipped.properties?.[name];
    if (!mine) problems.push(`${at}/properties/${name} removed`);
    else problems.push(...extendsSchema(mine, inner, `${at}/properties/${name}`));
  }
  if (shared.items) problems.push(...(shipped.items ? extendsSchema(shipped.items, shared.items, `${at}/items`) : [`${at}/items removed`]));
  const sharedDefs = (shared.definitions ?? {}) as Record<string, Schema>;
  const shippedDefs = (shipped.definitions ?? {}) as Record<string, Schema>;
  for (const [name, inner] of Object.entries(sharedDefs)) {
    problems.push(...(shippedDefs[name] ? extendsSchema(shippedDefs[name], inner, `${at}/definitions/${name}`) : [`${at}/definitions/${name} removed`]));
  }
  return problems;
}

describe('the need-definition schema the product ships', () => {
  it('extends the shared contract schema: nothing changed or removed, every added property optional', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/schemas/need-definition.schema.json'), 'utf8')) as Schema;
    const sharedFile = path.resolve(ROOT, '../shared/need-definition.schema.json');
    // The shared folder exists beside the checkout while the team works; a product checkout carries only its copy.
    if (fs.existsSync(sharedFile)) {
      const shared = JSON.parse(fs.readFileSync(sharedFile, 'utf8')) as Schema;
      expect(extendsSchema(shipped, shared)).toEqual([]);
    }
    expect(shipped.title).toBe('NeedDefinition');
  });

  it('a record of the shared shape, without the added fields, is still valid', () => {
    const def = buildNeedDefinition(richProfile('en'), meta());
    const { namedNeed: _n, offered: _o, customerQuestions: _q, ...bare } = def;
    const { contactPreference: _p, ...customer } = bare.customer as typeof bare.customer & { contactPreference?: unknown };
    expect(validateNeedDefinition({ ...bare, customer })).toEqual({ valid: true, errors: [] });
  });
});

describe('buildNeedDefinition from a full conversation', () => {
  const def = buildNeedDefinition(richProfile('en'), meta());

  it('validates against the schema', () => {
    expect(validateNeedDefinition(def)).toEqual({ valid: true, errors: [] });
  });

  it('carries identity, trigger and time from the handoff, and starts open', () => {
    expect(def).toMatchObject({
      schemaVersion: 1,
      id: 'h-1',
      conversationId: 'conv-1',
      channelId: 'msteams',
      locale: 'en',
      playbook: 'training',
      trigger: 'discovery-complete',
      status: 'open',
      createdAt: '2026-11-23T02:00:00.000Z',
      confirmation: 'confirmed',
      needName: 'Getting regional information flowing',
      focusArea: 'current',
    });
    expect(def.transcript).toHaveLength(4);
  });

  it('keeps the record clean of internal fields the schema has no place for', () => {
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) keys.add(key) && collect(inner);
    };
    collect({ ...def, summary: undefined });
    const internal = ['rule', 'asap', 'approximate', 'condition', 'kind', 'criteriaIds', 'cues', 'answers', 'motives', 'people', 'areasOpen', 'buyingFor', 'choices'];
    expect(internal.filter((key) => keys.has(key))).toEqual([]);
    expect(def.quantities).toEqual([{ value: 3, unit: 'people', what: 'sales managers', text: 'three or four sales managers' }]);
    expect(def.timeline).toEqual({ text: 'mid-month, on the 15th', start: '2026-12-15', end: '2026-12-15', timex: '2026-12-15' });
    expect(def.budget).toEqual({ amount: 50000, max: 60000, currency: 'CNY', text: 'fifty to sixty thousand yuan' });
    expect(def.latentNeeds[0]).toEqual({
      text: 'A way to share market information between regions',
      cue: 'information does not flow',
      motive: 'the regions do not know what the others are doing',
      offer: 'a CRM workshop',
      status: 'suggested',
      evidence: [{ quote: 'information does not flow', turn: 2 }],
    });
    expect(def.objections[0]).toEqual({ text: 'it is a bit expensive', real: true, test: 'hypothetical' });
  });

  it('turns open areas, unraised latent needs and untested concerns into open questions in the customer language', () => {
    expect(def.openQuestions).toEqual([
      'Not known yet: alternatives',
      'Possible need noticed but not raised with the customer: Relief for overloaded managers; motive: they have no time',
      'Find out whether this concern is the real obstacle: “the managers are busy”',
      'The concern “follow-up support” would be met by: “a review call a month later”',
      'Does HR have to approve the budget?',
    ]);
    const zh = buildNeedDefinition(richProfile('zh-CN'), meta());
    expect(zh.openQuestions[0]).toBe('尚不清楚:其他选择');
    expect(zh.openQuestions[1]).toContain('察觉到但尚未向客户提出的潜在需求');
  });

  it('renders a summary in both languages', () => {
    expect(def.summary?.en).toContain('# Getting regional information flowing');
    expect(def.summary?.en).toContain('**Budget**: CN¥50,000 – CN¥60,000 (said: “fifty to sixty thousand yuan”)');
    expect(def.summary?.['zh-CN']).toContain('**预算**:¥50,000 – ¥60,000 (原话:“fifty to sixty thousand yuan”)');
    expect(def.summary?.['zh-CN']).toContain('决策者');
  });

  it('passes contact details on only with the customer consent', () => {
    expect(def.customer.contact).toEqual({ phone: '13812345678', email: 'li@example.com' });
    const declined = richProfile('en');
    declined.customer.consentToContact = false;
    const withoutConsent = buildNeedDefinition(declined, meta());
    expect(withoutConsent.customer).toEqual({ name: 'Mr. Li', organization: 'Huadong Trading', role: 'sales director', consentToContact: false });
    expect(withoutConsent.summary?.en).not.toContain('13812345678');
    expect(withoutConsent.summary?.en).toContain('The customer did not agree to be contacted.');
  });

  it('drops dates, amounts and currencies the schema would reject instead of storing an invalid record', () => {
    const odd = richProfile('en');
    odd.timeline = { text: 'sometime around the festival', start: 'mid-Dec', end: '2026-02-30' };
    odd.budget = { amount: Number.NaN, text: 'not much' };
    odd.quantities = [{ value: Number.POSITIVE_INFINITY, text: 'loads' }, { value: 2, text: 'two' }];
    odd.explicitNeeds = [{ area: 'use', text: 'x', evidence: [{ quote: 'x', turn: -1 }] }];
    const built = buildNeedDefinition(odd, meta());
    expect(validateNeedDefinition(built).valid).toBe(true);
    expect(built.timeline).toEqual({ text: 'sometime around the festival' });
    expect(built.budget).toBeUndefined();
    expect(built.quantities).toEqual([{ value: 2, text: 'two' }]);
    expect(built.explicitNeeds[0].evidence).toEqual([{ quote: 'x' }]);
  });
});

describe('buildNeedDefinition when the customer asks for a person straight away', () => {
  const minimal = emptyProfile('general', 'zh-CN');
  const def = buildNeedDefinition(minimal, meta({ trigger: 'customer-asked', transcript: [{ from: 'customer', text: '我要找人工客服', timestamp: '2026-11-23T01:59:00.000Z' }] }));

  it('still validates against the schema', () => {
    expect(validateNeedDefinition(def)).toEqual({ valid: true, errors: [] });
  });

  it('names the need and the statement from fallbacks in the customer language', () => {
    expect(def.needName).toBe('关于客户的诉求的需求，尚未命名');
    expect(def.statement).toBe('对话在需求陈述前结束,请查看对话记录。');
    expect(def.trigger).toBe('customer-asked');
    expect(def.confirmation).toBe('unconfirmed');
    expect(def.openQuestions).toEqual([]);
    expect(def.summary?.en).toContain('the customer asked for a person');
    expect(def.summary?.['zh-CN']).toContain('客户要求转人工');
  });

  it('states what the customer said so far when there is no hypothesis yet', () => {
    const early = emptyProfile('fruit', 'en');
    early.explicitNeeds = [{ area: 'item', text: 'plums', evidence: [{ quote: 'I want plums', turn: 1 }] }];
    const built = buildNeedDefinition(early, meta({ trigger: 'bot-stuck' }));
    expect(built.needName).toBe('Need around what they want, not yet named');
    expect(built.statement).toBe('So far the customer has told us: what they want: plums');
    expect(validateNeedDefinition(built).valid).toBe(true);
  });
});

describe('buildNeedDefinition before the need was stated back', () => {
  it('uses the last hypothesis the customer did not reject as the statement', () => {
    const profile = richProfile('en');
    profile.statement = undefined;
    profile.needName = undefined;
    profile.hypotheses = [
      { statement: 'Train three managers', outcome: 'revised', revision: 'four managers' },
      { statement: 'Start next week', outcome: 'rejected' },
    ];
    const built = buildNeedDefinition(profile, meta());
    expect(built.statement).toBe('Train three managers');
    // "information does not flow" points to the training catalogue's information-flow need.
    expect(built.needName).toBe('A region that shares what it knows');
    expect(built.namedNeed).toMatchObject({ source: 'catalogue', id: 'information-flow', reasons: ['information'] });
  });
});

describe('validateNeedDefinition', () => {
  it('lists where a record breaks the schema without repeating the values (they may be contact details)', () => {
    const def = buildNeedDefinition(richProfile('en'), meta());
    const broken = { ...def, status: 'lost', createdAt: 'yesterday', customer: { contact: { phone: 13812345678 } } };
    const result = validateNeedDefinition(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining(['/status must be equal to one of the allowed values (open, claimed, completed)', '/createdAt must match format "date-time"', '/customer must have required property \'consentToContact\'', '/customer/contact/phone must be string']),
    );
    expect(result.errors.join(' ')).not.toContain('13812345678');
  });
});
