/**
 * What one customer message says, whatever was asked (DESIGN.md, 1. Read). Every fact carries the clause it
 * came from and a confidence; the asked area is only a prior for ambiguous items. Nothing here knows the SDK.
 */
import { Attitude, DecisionRoleName, Locale } from '../types';

/** What the bot had just asked: only a prior for ambiguous items (a bare "40" after "how many"). */
export type Asked = 'opening' | 'quantity' | 'money' | 'date' | 'people' | 'decision' | 'criteria' | 'alternatives' | 'contact' | 'name' | 'confirm' | 'why' | 'describe' | 'impact' | 'other';

export type DateRole = 'deadline' | 'window' | 'start' | 'past' | 'frequency';
export type MoneyContext = 'budget' | 'price' | 'cost' | 'loss' | 'revenue' | 'other';
export type OrganisationRelation = 'competitor' | 'current-supplier' | 'own' | 'other';
export type QuestionTopic = 'price' | 'availability' | 'process' | 'product' | 'other';
export type RequestKind = 'person' | 'call-me' | 'stop' | 'delete-data' | 'shorten';
export type FeelingKind = 'good-news' | 'loss' | 'frustration' | 'impatience' | 'worry';
export type CueKind = 'deviation' | 'complaint' | 'constraint' | 'event';
export type AnswerValue = 'yes' | 'no' | 'partly';

interface FactBase {
  /** The clause the fact was found in, as the customer wrote it. */
  clause?: string;
  /** 0..1: below the reader's threshold a fact is asked about, never filed. */
  confidence?: number;
}

export interface MoneyFact extends FactBase {
  kind: 'money';
  amount: number;
  /** Upper bound of a range ("20,000-25,000"); "at most 25,000" is amount 25000 with bound 'max'. */
  max?: number;
  bound?: 'exact' | 'about' | 'max' | 'min';
  /** ISO 4217 code when said or implied by the playbook's currency. */
  currency?: string;
  context: MoneyContext;
}

export interface DateFact extends FactBase {
  kind: 'date';
  role: DateRole;
  /** ISO dates (YYYY-MM-DD) against the reference "today" of the table. */
  start?: string;
  end?: string;
  /** For frequency: "every week", "twice a month". */
  text?: string;
}

export interface QuantityFact extends FactBase {
  kind: 'quantity';
  value: number;
  max?: number;
  approximate?: boolean;
  /** A measure ("kg", "jin", "pounds", "Mbps", "m2") or a counter ("个", "台"). */
  unit?: string;
  /** What is counted, as a short noun ("users", "laptops", "工人"). */
  what?: string;
}

export interface PersonFact extends FactBase {
  kind: 'person';
  /** A name or title as said ("Priya", "王总", "Mr. Zhou"); absent for "my wife". */
  name?: string;
  /** Relation to the customer ("daughter", "wife", "boss", "IT head", "女儿"). */
  relation?: string;
  role?: DecisionRoleName;
  /** Only when stated ("she's against it"). */
  stance?: Attitude;
}

export interface OrganisationFact extends FactBase {
  kind: 'organisation';
  name: string;
  relation: OrganisationRelation;
}

export interface ContactFact extends FactBase {
  kind: 'contact';
  /** Digits with a leading + for international forms ("+16175550188", "13812345678"). */
  phone?: string;
  email?: string;
  /** Other handles ("WeChat: lily88"). */
  other?: string;
}

export interface OwnNameFact extends FactBase {
  kind: 'own-name';
  /** As the customer gave it ("王", "Maria Lopez"); a title stays out. */
  name: string;
  title?: string;
}

export interface ContactPreferenceFact extends FactBase {
  kind: 'contact-preference';
  channel?: 'phone' | 'email' | 'chat' | 'wechat' | 'sms';
  /** When to reach them, short ("afternoons", "2-5 pm", "下午两点到五点"). */
  when?: string;
  /** When or how not to ("noon", "中午"). */
  avoid?: string;
}

export interface AnswerFact extends FactBase {
  kind: 'answer';
  value: AnswerValue;
}

export interface CorrectionFact extends FactBase {
  kind: 'correction';
  /** The kind of fact corrected, when it can be told ("money", "quantity", "person"). */
  target?: FactKind;
  /** The new value as a short phrase ("40", "一个", "Zhou"). */
  to: string;
  from?: string;
}

export interface QuestionFact extends FactBase {
  kind: 'question';
  topic: QuestionTopic;
}

export interface RequestFact extends FactBase {
  kind: 'request';
  request: RequestKind;
}

export interface FeelingFact extends FactBase {
  kind: 'feeling';
  feeling: FeelingKind;
}

export interface CueFact extends FactBase {
  kind: 'cue';
  cue: CueKind;
  /** The few words that carry it ("we live in a flat", "割了手"). */
  about?: string;
}

export interface FillerFact extends FactBase {
  kind: 'filler';
}

export type Fact =
  | MoneyFact
  | DateFact
  | QuantityFact
  | PersonFact
  | OrganisationFact
  | ContactFact
  | OwnNameFact
  | ContactPreferenceFact
  | AnswerFact
  | CorrectionFact
  | QuestionFact
  | RequestFact
  | FeelingFact
  | CueFact
  | FillerFact;

export type FactKind = Fact['kind'];

export interface Clause {
  text: string;
  start: number;
  end: number;
  /** "nobody's pregnant", "并不是": facts and cues of a negated clause are not emitted as said. */
  negated: boolean;
  /** "if she were pregnant", "要是……的话". */
  irrealis: boolean;
}

export interface Reading {
  text: string;
  clauses: Clause[];
  facts: Fact[];
}

export interface ReadContext {
  locale: Locale;
  /** "Today" for relative dates. */
  now: Date;
  /** What the bot had just asked: a prior for ambiguous items only. */
  asked?: Asked;
  /** The playbook's currency, for amounts said with a budget context but no currency word. */
  currency?: string;
  /** Brand and company names the playbook knows (competitors and suppliers of its trade). */
  brands?: readonly string[];
}

/** One reader of one family of facts. It sees the whole message and its clauses, and tags each fact with its clause. */
export type Finder = (text: string, clauses: readonly Clause[], ctx: ReadContext) => Fact[];
