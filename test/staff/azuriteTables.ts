import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort } from '../../scripts/net';
import { projectRoot } from '../../domain/paths';

const ACCOUNT = 'devstoreaccount1';
// Azurite's published development key: not a secret.
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteTables {
  connectionString: string;
  stop(): Promise<void>;
}

/** Azurite's table service on a loopback port in a temp dir: the real Azure Table Storage API, offline. */
export async function startAzuriteTables(): Promise<AzuriteTables> {
  const location = fs.mkdtempSync(path.join(os.tmpdir(), 'tanxun-azurite-tables-'));
  const port = await freePort();
  const bin = path.join(projectRoot(), 'node_modules', 'azurite', 'dist', 'src', 'table', 'main.js');
  const child: ChildProcess = spawn(process.execPath, [bin, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--location', location, '--silent', '--skipApiVersionCheck', '--loose'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`azurite (tables) exited with ${child.exitCode}`);
    try {
      await fetch(`${url}/Tables`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('azurite (tables) did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};TableEndpoint=${url};`,
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
