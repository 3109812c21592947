import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { answerPlain } from './plain-answer';

/**
 * A request handler that can fail after it has returned (a file's read stream erroring,
 * say): it hands such failures to `fail` instead of throwing them into Node's event loop.
 */
export type FallibleHandler = (request: IncomingMessage, response: ServerResponse, fail: (error: unknown) => void) => void;

/**
 * Wraps `handle` so that nothing it does can end or stall the server: a throw, a failure
 * it passes to `fail`, or an error the response itself emits (a write after its end, which
 * Node would otherwise throw as uncaught). The request is answered 500 while no header has
 * gone out, or its connection dropped once one has and the answer is not whole (a half-sent
 * body cannot be taken back, and a client waiting for the rest would hang). `report` hears
 * each failed request once.
 */
export function guardHandler(handle: FallibleHandler, report: (error: unknown, request: IncomingMessage) => void): RequestListener {
  return (request, response) => {
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      try {
        report(error, request);
      } catch {
        // A log that cannot be written is no reason to leave this request unanswered.
      }
      // An answer already ended is whole (a write after its end, say): cutting it now could only lose its last bytes.
      if (response.writableEnded) return;
      if (response.headersSent) {
        response.destroy();
        return;
      }
      try {
        answerPlain(response, 500, 'The show server could not answer this request.', { Connection: 'close' });
      } catch {
        response.destroy();
      }
    };
    response.on('error', fail);
    try {
      handle(request, response, fail);
    } catch (error) {
      fail(error);
    }
  };
}
