/** A CommonMark renderer with GFM-style autolinks, standing in for what Teams and Markdown viewers do. */
interface MarkdownIt {
  render(source: string): string;
  renderInline(source: string): string;
}

// markdown-it ships no types in this project; it comes with botframework-webchat.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createMarkdownIt = require('markdown-it') as (options: Record<string, unknown>) => MarkdownIt;

export const markdown = createMarkdownIt({ html: true, linkify: true });

/** Zero-width characters are invisible on screen; compare what a reader sees. */
export function visible(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060]/g, '');
}

/** Elements that only Markdown (or raw HTML) written by the customer could have produced. */
export const MARKUP_FROM_TEXT = 'a, strong, em, img, code, del, s, b, h1, h2, h3, h4, h5, h6, blockquote, ol, ul, li, at';
