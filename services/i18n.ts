import * as fs from 'fs';
import * as path from 'path';
import i18next, { i18n, Resource, ResourceLanguage, TFunction } from 'i18next';
import { Locale, LOCALES } from '../domain/types';
import { fromRoot } from '../domain/paths';

function localesDir(): string {
  return fromRoot('locales');
}

function loadResources(dir: string): Resource {
  const resources: Record<string, ResourceLanguage> = {};
  for (const lng of LOCALES) {
    resources[lng] = {};
    for (const file of fs.readdirSync(path.join(dir, lng)).filter((f) => f.endsWith('.json'))) {
      const full = path.join(dir, lng, file);
      try {
        resources[lng][file.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(full, 'utf8')) as ResourceLanguage;
      } catch (err) {
        throw new Error(`cannot parse ${full}: ${(err as Error).message}`);
      }
    }
  }
  return resources;
}

let instance: i18n | undefined;

/**
 * One i18next instance for the process, loaded synchronously so that the first turn never waits.
 * Keys are written as `namespace:key` (namespace = file name under locales/<lng>/), e.g. `common:greeting`.
 */
export function getI18n(): i18n {
  if (instance) return instance;
  const resources = loadResources(localesDir());
  const created = i18next.createInstance();
  created.init({
    initAsync: false,
    resources,
    lng: 'zh-CN',
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    ns: Object.keys(resources['en']),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance = created;
  return created;
}

export type Translate = TFunction;

export function translator(locale: Locale): Translate {
  return getI18n().getFixedT(locale);
}

export function hasKey(key: string, locale: Locale): boolean {
  return getI18n().exists(key, { lng: locale });
}
