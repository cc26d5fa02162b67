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


/** Azurite's blob service on a loopback port in a temp dir: the real Azure Blob Storage API, offline. */
export async function startAzurite(): Promise<Azurite> {
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-azurite-'));
  const port = await freePort();
  const bin = path.join(projectRoot(), 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child: ChildProcess = spawn(process.execPath, [bin, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', location, '--silent', '--skipApiVersionCheck', '--loose'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`azurite exited with ${child.exitCode}`);
    try {
      await fetch(`${url}?comp=list`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('azurite did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=${url};`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          fs.rmSync(location, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
