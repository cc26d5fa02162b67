import * as fs from 'fs';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { fromRoot } from './paths';

/**
 * The JSON Schemas of the data files business users and trainers edit (data/schemas/*.schema.json).
 * One ajv instance, each schema compiled once on first use: start-up reads every data file through it.
 */
export type DataSchema = 'playbook' | 'persona' | 'commands' | 'motives' | 'respond' | 'needs' | 'needs-phrasing';

// verbose: the failing schema's "description" says in plain words what the rule wants.
const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
const compiled = new Map<DataSchema, ValidateFunction>();

function validator(name: DataSchema): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(JSON.parse(fs.readFileSync(fromRoot('data', 'schemas', `${name}.schema.json`), 'utf8')) as object);
    compiled.set(name, validate);
  }
  return validate;
}

function detail(error: ErrorObject): string {
  const params = error.params as { allowedValues?: unknown[]; additionalProperty?: string };
  if (error.keyword === 'enum' && params.allowedValues) return ` (${params.allowedValues.map(String).join(', ')})`;
  if (error.keyword === 'additionalProperties') return ` ("${params.additionalProperty}")`;
  const described = (error.parentSchema as { description?: unknown } | undefined)?.description;
  return typeof described === 'string' ? ` (${described})` : '';
}

/** "/areas/2/kind must be equal to one of the allowed values (text, money, ...)": the place, then the rule. */
export function describeSchemaError(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? error.keyword}${detail(error)}`;
}

function told(error: ErrorObject): boolean {
  return error.keyword !== 'if' && !error.schemaPath.includes('/contains/');
}

/**
 * Checks one data file against its schema and throws `<file>: <place> <rule>` for every mistake, so a
 * typo is reported with the file and the place. Errors of "if" and inside "contains" are left out: the
 * "then" error and the one "contains" error say the same in fewer words.
 */
export function validateDataFile<T>(name: DataSchema, file: string, raw: unknown): T {
  const validate = validator(name);
  if (validate(raw)) return raw as T;
  const messages = [...new Set((validate.errors ?? []).filter(told).map(describeSchemaError))];
  throw new Error(`${file}: ${messages.join('; ')}`);
}
