import { Locale, NeedDefinition } from '../../domain/types';
import { escapeHtml, escapeMarkdown, formatDateTime, labels } from './format';

/** The conversation as Markdown for a rep: who said what and when, customer text escaped. */
export function renderTranscriptMarkdown(def: NeedDefinition, locale: Locale): string {
  const t = labels(locale);
  const title = `# ${t('handoff:transcript.title', { name: escapeMarkdown(def.needName) })}`;
  if (!def.transcript.length) return `${title}\n\n${t('handoff:transcript.empty')}\n`;
  const entries = def.transcript.map((e) => `**${t(`handoff:speaker.${e.from}`)}** (${formatDateTime(e.timestamp, locale)})${t('handoff:format.colon')}${escapeMarkdown(e.text)}`);
  return `${title}\n\n${entries.join('\n\n')}\n`;
}

/** The same as a small self-contained page, for the card's "Open transcript" link in a browser. */
export function renderTranscriptHtml(def: NeedDefinition, locale: Locale): string {
  const t = labels(locale);
  const title = escapeHtml(t('handoff:transcript.title', { name: def.needName }));
  const entries = def.transcript.length
    ? def.transcript
        .map(
          (e) =>
            `<div class="${e.from}"><b>${escapeHtml(t(`handoff:speaker.${e.from}`))}</b> <time datetime="${escapeHtml(e.timestamp)}">${escapeHtml(formatDateTime(e.timestamp, locale))}</time><p>${escapeHtml(e.text)}</p></div>`,
        )
        .join('\n')
    : `<p>${escapeHtml(t('handoff:transcript.empty'))}</p>`;
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${title}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}',
    'div{margin:0 0 1rem}div.bot{color:#444}p{margin:.2rem 0;white-space:pre-wrap}time{color:#777;font-size:.85em}</style>',
    `</head><body><h1>${title}</h1>`,
    entries,
    '</body></html>',
    '',
  ].join('\n');
}
