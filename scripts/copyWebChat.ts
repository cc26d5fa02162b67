import * as fs from 'fs';
import * as path from 'path';
import { BUILT_WEB_CHAT_BUNDLE, INSTALLED_WEB_CHAT_BUNDLE } from '../channels/webPage';

/**
 * Part of `npm run build`: copies the Web Chat bundle from the botframework-webchat package (a dev dependency)
 * into the built output (dist/web/webchat.js), so a production install (`npm ci --omit=dev`) plus dist serves
 * the page without the package's 400-odd dependencies. Without the package (a production install building
 * again) an existing copy is kept; with neither the build fails and says why.
 */
export function copyWebChat(from = INSTALLED_WEB_CHAT_BUNDLE, to = BUILT_WEB_CHAT_BUNDLE): 'copied' | 'kept' {
  if (!fs.existsSync(from)) {
    if (fs.existsSync(to)) return 'kept';
    throw new Error(`the Web Chat bundle ${from} is missing and there is no built copy at ${to}: run \`npm ci\` (with dev dependencies) and build again`);
  }
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const source = fs.readFileSync(from);
  if (fs.existsSync(to) && fs.readFileSync(to).equals(source)) return 'kept';
  fs.writeFileSync(to, source);
  return 'copied';
}

if (require.main === module) {
  try {
    copyWebChat();
  } catch (err) {
    process.stderr.write(`copyWebChat: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
