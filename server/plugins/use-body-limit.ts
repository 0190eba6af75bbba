import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';

/**
 * Refuses oversized request bodies from their Content-Length, before yoga reads them. A body of
 * unknown length (chunked) is refused too: GraphQL clients always send a length, and reading an
 * unbounded stream to measure it is exactly what this guard is for.
 */
export const DEFAULT_BODY_LIMIT = 100 * 1024;

function refusal(status: number, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

export function useBodyLimit(maxBytes: number = DEFAULT_BODY_LIMIT): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      const length = request.headers.get('content-length');
      if (length === null) {
        if (request.headers.get('transfer-encoding')) {
          endResponse(refusal(411, `Send a Content-Length header; request bodies are limited to ${maxBytes} bytes.`));
        }
        return;
      }
      if (!/^\d+$/.test(length) || Number(length) > maxBytes) {
        endResponse(refusal(413, `Request body is larger than ${maxBytes} bytes; send a smaller query or fewer variables.`));
      }
    },
  };
}
