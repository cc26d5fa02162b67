import Module from 'module';
import * as path from 'path';

/**
 * restify loads spdy (HTTP/2 over SPDY) at start whether or not a server asks for it, and spdy's http-deceiver
 * calls process.binding('http_parser'): Node's DEP0111 deprecation warning, twice at every start, and half a
 * second of loading on a busy machine. Tanxun never passes restify a `spdy` option, so a stand-in is put in the
 * module cache first: restify gets it, nothing else is loaded, and a server asked for spdy fails loudly.
 * Imported for its effect, before restify, by host/server.ts and host/index.ts.
 */
function standInForSpdy(): void {
  let spdyFile: string;
  try {
    spdyFile = require.resolve('spdy', { paths: [path.dirname(require.resolve('restify/package.json'))] });
  } catch {
    return; // restify without spdy: nothing to stand in for
  }
  if (require.cache[spdyFile]) return;
  const standIn = new Module(spdyFile);
  standIn.filename = spdyFile;
  standIn.loaded = true;
  standIn.exports = {
    createServer(): never {
      throw new Error('restify was asked for a spdy server; Tanxun leaves spdy out (see host/noSpdy.ts)');
    },
  };
  require.cache[spdyFile] = standIn;
}

standInForSpdy();
