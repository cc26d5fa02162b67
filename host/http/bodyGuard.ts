import * as restify from 'restify';

type Pre = (req: restify.Request, res: restify.Response, next: restify.Next) => void;

function refuse(res: restify.Response, status: number, error: string): void {
  res.json(status, { error });
}

/**
 * Runs before any body reader: restify's bodyParser inflates gzip/deflate with no error listener (a plain
 * body labelled gzip ends the process) and counts the compressed bytes against the limit (a 200 KB bomb
 * inflates to 200 MB). No client of ours compresses, so anything but identity is refused outright.
 */
export function bodyGuard(maxBodyBytes: number): Pre {
  return (req, res, next) => {
    const encoding = String(req.headers['content-encoding'] ?? '').trim().toLowerCase();
    if (encoding !== '' && encoding !== 'identity') {
      refuse(res, 415, 'compressed request bodies are not accepted; send the body without Content-Encoding');
      return next(false);
    }
    // restify refuses even an explicit identity; it means no encoding, so say nothing.
    delete req.headers['content-encoding'];
    const length = Number(req.headers['content-length'] ?? 0);
    if (!Number.isFinite(length) || length > maxBodyBytes) {
      refuse(res, 413, `the body is larger than ${maxBodyBytes} bytes`);
      return next(false);
    }
    return next();
  };
}
