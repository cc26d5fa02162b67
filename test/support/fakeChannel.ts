import * as http from 'http';
import { AddressInfo } from 'net';

export interface Received {
  path: string;
  body: { type?: string; text?: string; attachments?: { contentType: string; content: unknown }[]; [key: string]: unknown };
}

/**
 * A Bot Connector service on loopback: what a channel (Teams, the embedded Direct Line) is to the bot.
 * It records every activity the bot posts to it.
 */
export async function startFakeChannel(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(data || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `a${received.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
