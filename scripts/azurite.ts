import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort } from './net';
import { projectRoot } from '../domain/paths';

const ACCOUNT = 'devstoreaccount1';
// Azurite's published development key: not a secret.
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  stop(): Promise<void>;
}

interface Service {
  child: ChildProcess;
  url: string;
}

/** One Azurite service (blob or table) on a loopback port, answering once `probe` gets any HTTP answer. */
async function startService(kind: 'blob' | 'table', location: string, probe: (url: string) => string): Promise<Service> {
  const port = await freePort();
  const bin = path.join(projectRoot(), 'node_modules', 'azurite', 'dist', 'src', kind, 'main.js');
  const child: ChildProcess = spawn(process.execPath, [bin, `--${kind}Host`, '127.0.0.1', `--${kind}Port`, String(port), '--location', location, '--silent', '--skipApiVersionCheck', '--loose'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`azurite (${kind}) exited with ${child.exitCode}`);
    try {
      await fetch(probe(url));
      return { child, url };
    } catch {
      if (Date.now() > deadline) throw new Error(`azurite (${kind}) did not start`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Azurite's blob and table services on loopback ports in a temp dir: the real Azure Blob and Table Storage
 * APIs, offline (the bot's state in blobs, the handoff records in a table).
 */
export async function startAzurite(): Promise<Azurite> {
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-azurite-'));
  const blob = await startService('blob', path.join(location, 'blob'), (url) => `${url}?comp=list`);
  const table = await startService('table', path.join(location, 'table'), (url) => `${url}/Tables`).catch(async (err: unknown) => {
    await stopChild(blob.child);
    throw err;
  });
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=${blob.url};TableEndpoint=${table.url};`,
    stop: async () => {
      await Promise.all([stopChild(blob.child), stopChild(table.child)]);
      fs.rmSync(location, { recursive: true, force: true });
    },
  };
}
