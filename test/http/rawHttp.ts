import * as http from 'http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: unknown;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent in one piece with a content-length, or in the pieces given (chunked, no content-length). */
  body?: string | Buffer | (string | Buffer)[];
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One request with whatever headers and bytes a test wants, which fetch would normalise or refuse. */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const pieces = request.body === undefined ? [] : Array.isArray(request.body) ? request.body : [request.body];
  const headers: Record<string, string> = { ...(request.headers ?? {}) };
  if (!Array.isArray(request.body) && request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (answer: RawAnswer): void => {
      if (!settled) resolve(answer);
      settled = true;
    };
    const req = http.request({ host: hostname, port, path: request.path, method: request.method ?? 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        settle({ status: res.statusCode ?? 0, headers: res.headers, text, json: parse(text) });
      });
      res.on('error', reject);
    });
    // The server may answer and close before it has read everything (413, 415); a reset without an answer is status 0.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') return reject(err);
      setTimeout(() => settle({ status: 0, headers: {}, text: '', json: undefined }), 200);
    });
    for (const piece of pieces) req.write(piece);
    req.end();
  });
}

/** A 4xx answer in the contract's shape: JSON with a string "error" and no stack trace. */
export function isJsonError(answer: RawAnswer): boolean {
  const json = answer.json;
  return typeof json === 'object' && json !== null && typeof (json as { error?: unknown }).error === 'string' && !/at .*\.(js|ts):\d+/.test(answer.text);
}
